import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ephemeralCursorCodec } from '../db/cursor.js';
import { mockedStore } from '../db/mocked-store.js';
import type { Store } from '../db/store.js';
import { Forbidden, NotFound } from '../domain/errors.js';
import type { Deps } from '../http/app-env.js';
import type { Principal } from './principal.js';
import { openYouthFile, readYouthFile } from './youth-access.js';

const youthId = '01JD2Y3QK9V8N6M4R2T0W1X5Z7';
const profile = {
  pk: `D#62#Y#${youthId}`,
  sk: 'PROFILE',
  id: youthId,
  departement: '62',
  firstName: 'Lina',
  lastName: 'Martin',
  birthDate: '2009-03-12',
  careEndDate: null,
  accountSub: 'jeune-62-lina',
  referentId: 'ref-62-sophie',
  coordinateurId: 'coord-62-karim',
  version: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const referent: Principal = { sub: 'ref-62-sophie', role: 'referent', departement: '62', name: 'Sophie' };
const stranger: Principal = { sub: 'ref-62-thomas', role: 'referent', departement: '62', name: 'Thomas' };

/** A table whose profile read waits until the test releases it, and which notes every call in order. */
function slowProfileTable() {
  const events: string[] = [];
  let release: () => void = () => undefined;
  const profileHeld = new Promise<void>((resolve) => {
    release = resolve;
  });
  const db = {
    async send(command: unknown) {
      if (command instanceof GetCommand) {
        events.push('profile asked');
        await profileHeld;
        events.push('profile read');
        return { Item: profile };
      }
      if (command instanceof PutCommand) {
        events.push(`audit ${(command.input.Item as { action?: string }).action}`);
        return {};
      }
      throw new Error('unexpected command');
    },
  };
  const store = { db, tableName: 'envol', ballotTableName: 'envol-ballots', cursors: ephemeralCursorCodec() } as unknown as Store;
  const deps: Deps = { store, verifyToken: async () => referent, now: () => new Date('2026-11-29T10:00:00Z') };
  return { deps, events, release };
}

describe('readYouthFile', () => {
  it('reads the data while the profile is read, then audits, then answers', async () => {
    // prepare
    const { deps, events, release } = slowProfileTable();
    // act
    const reading = readYouthFile(
      deps,
      referent,
      youthId,
      'journal.read',
      async (file) => {
        events.push(`data read for ${file.departement}/${file.id}`);
        release();
        return ['an entry'];
      },
      (entries) => entries.length === 0,
    );
    const { data } = await reading;
    // assess
    expect(data).toEqual(['an entry']);
    expect(events).toEqual(['profile asked', `data read for 62/${youthId}`, 'profile read', 'audit journal.read']);
  });

  it('answers 404 to a referent outside the binôme: no audit entry, the data read dropped', async () => {
    const { deps, events, release } = slowProfileTable();
    let failedLoad = false;
    const reading = readYouthFile(
      deps,
      stranger,
      youthId,
      'journal.read',
      async () => {
        release();
        failedLoad = true;
        throw new Error('the data read failed too');
      },
      () => false,
    );

    await expect(reading).rejects.toBeInstanceOf(NotFound);
    expect(failedLoad).toBe(true);
    expect(events.filter((event) => event.startsWith('audit'))).toEqual([]);
  });

  it('gives the load the profile once the caller may read the file', async () => {
    const { deps, release } = slowProfileTable();
    release();
    const { data } = await readYouthFile(
      deps,
      referent,
      youthId,
      'housing.read',
      async (_file, record) => (await record).firstName,
      () => false,
    );
    expect(data).toBe('Lina');
  });
});

describe('openYouthFile, a staff read', () => {
  const dynamo = mockClient(DynamoDBDocumentClient);
  afterEach(() => dynamo.reset());
  const deps: Deps = { store: mockedStore(), verifyToken: async () => referent, now: () => new Date('2026-11-29T10:00:00Z') };
  const youngPerson: Principal = { sub: 'jeune-62-lina', role: 'jeune', departement: '62', name: null };

  it('reads the profile, then writes the audit entry, and only then gives the file', async () => {
    // prepare
    const events: string[] = [];
    dynamo.on(GetCommand).callsFake(async () => {
      events.push('profile read');
      return { Item: profile };
    });
    dynamo.on(PutCommand).callsFake(async (input: { Item: { action: string; actorSub: string } }) => {
      events.push(`audit ${input.Item.action} by ${input.Item.actorSub}`);
      return {};
    });
    // act
    const record = await openYouthFile(deps, referent, youthId, 'profile.read');
    events.push('answered');
    // assess
    expect(record.firstName).toBe('Lina');
    expect(events).toEqual(['profile read', 'audit profile.read by ref-62-sophie', 'answered']);
  });

  it('gives nothing when the audit entry cannot be written: no trace, no read', async () => {
    dynamo.on(GetCommand).resolves({ Item: profile });
    dynamo.on(PutCommand).rejects(new Error('database down'));
    await expect(openYouthFile(deps, referent, youthId, 'profile.read')).rejects.toThrow('database down');
  });

  it('writes nothing for a caller outside the binôme (404) or a binôme refused the action (403)', async () => {
    dynamo.on(GetCommand).resolves({ Item: profile });
    await expect(openYouthFile(deps, stranger, youthId, 'profile.read')).rejects.toBeInstanceOf(NotFound);
    await expect(openYouthFile(deps, referent, youthId, 'audit.read')).rejects.toBeInstanceOf(Forbidden);
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(0);
  });

  it('does not audit the young person reading their own file', async () => {
    dynamo.on(GetCommand).resolves({ Item: { ...profile, lastContactOn: '2026-11-29' } });
    const record = await openYouthFile(deps, youngPerson, youthId, 'profile.read');
    expect(record.id).toBe(youthId);
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(0);
  });
});
