import { describe, expect, it } from 'vitest';
import { type AccessEntry, accessKind, groupAccessLog } from './access-log.js';

let counter = 0;
function entry(at: string, action: string, actorSub = 'ref-62-sophie', extra: Partial<AccessEntry> = {}): AccessEntry {
  counter += 1;
  return { id: `E${String(counter).padStart(3, '0')}`, at, actorSub, actorName: actorSub, actorRole: 'referent', action, ...extra };
}

describe('accessKind', () => {
  it('tells writes from reads by the action’s verb', () => {
    expect(['journal.write', 'profile.update', 'binome.assign', 'support.decide', 'committee.join'].map(accessKind)).toEqual(
      Array(5).fill('write'),
    );
    expect(['profile.read', 'export.read', 'committee.search', 'housing.queue'].map(accessKind)).toEqual(Array(4).fill('visit'));
  });
});

describe('groupAccessLog', () => {
  it('makes one visit line of the seven reads of one opening of the file, starting at the first', () => {
    const reads = ['profile.read', 'journal.read', 'interview.read', 'interview.read', 'plan.read', 'grid.read', 'housing.read'];
    const entries = reads.map((action, index) => entry(`2026-11-29T13:29:0${index}.000Z`, action)).reverse();

    const lines = groupAccessLog(entries);

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ kind: 'visit', actorSub: 'ref-62-sophie', startedAt: '2026-11-29T13:29:00.000Z' });
    expect(lines[0]?.actions).toEqual(['profile.read', 'journal.read', 'interview.read', 'plan.read', 'grid.read', 'housing.read']);
  });

  it('leaves out reads that returned nothing, and a visit made only of them', () => {
    const entries = [
      entry('2026-11-29T15:00:01.000Z', 'plan.read', 'coord-62-karim', { nothingSeen: true }),
      entry('2026-11-29T15:00:00.000Z', 'preparation.read', 'coord-62-karim', { nothingSeen: true }),
      entry('2026-11-29T13:29:01.000Z', 'preparation.read', 'ref-62-sophie', { nothingSeen: true }),
      entry('2026-11-29T13:29:00.000Z', 'profile.read'),
    ];

    const lines = groupAccessLog(entries);

    expect(lines.map((line) => [line.actorSub, line.actions])).toEqual([['ref-62-sophie', ['profile.read']]]);
  });

  it('keeps reads 30 minutes apart in one visit and starts a new one after 30 minutes and one second', () => {
    const sameVisit = groupAccessLog([
      entry('2026-11-29T14:00:00.000Z', 'journal.read'),
      entry('2026-11-29T13:30:00.000Z', 'profile.read'),
    ]);
    expect(sameVisit).toHaveLength(1);

    const twoVisits = groupAccessLog([
      entry('2026-11-29T14:00:01.000Z', 'journal.read'),
      entry('2026-11-29T13:30:00.000Z', 'profile.read'),
    ]);
    expect(twoVisits.map((line) => line.startedAt)).toEqual(['2026-11-29T14:00:01.000Z', '2026-11-29T13:30:00.000Z']);
  });

  it('chains a long visit read by read, each within the gap of the previous one', () => {
    const entries = [0, 20, 40, 60]
      .map((minutes) => entry(new Date(Date.UTC(2026, 10, 29, 13, minutes)).toISOString(), 'profile.read'))
      .reverse();
    expect(groupAccessLog(entries)).toHaveLength(1);
  });

  it('gives a write its own line, even in the middle of a visit', () => {
    const entries = [
      entry('2026-11-29T13:35:00.000Z', 'journal.read'),
      entry('2026-11-29T13:32:00.000Z', 'journal.write'),
      entry('2026-11-29T13:30:00.000Z', 'profile.read'),
    ];

    const lines = groupAccessLog(entries);

    expect(lines.map((line) => [line.kind, line.startedAt])).toEqual([
      ['visit', '2026-11-29T13:30:00.000Z'],
      ['write', '2026-11-29T13:32:00.000Z'],
    ]);
  });

  it('gives each person their own line when two people visit at the same time', () => {
    const entries = [
      entry('2026-11-29T13:31:00.000Z', 'profile.read', 'coord-62-karim'),
      entry('2026-11-29T13:30:30.000Z', 'journal.read', 'ref-62-sophie'),
      entry('2026-11-29T13:30:00.000Z', 'profile.read', 'ref-62-sophie'),
    ];
    expect(groupAccessLog(entries).map((line) => line.actorSub)).toEqual(['coord-62-karim', 'ref-62-sophie']);
  });

  it('orders lines newest first whatever the order given, and is empty for no entries', () => {
    const entries = [entry('2026-11-28T10:00:00.000Z', 'profile.read'), entry('2026-11-29T10:00:00.000Z', 'profile.read')];
    expect(groupAccessLog(entries).map((line) => line.startedAt)).toEqual(['2026-11-29T10:00:00.000Z', '2026-11-28T10:00:00.000Z']);
    expect(groupAccessLog([])).toEqual([]);
  });

  it('gives each opening of an archived file a line of its own, with its reason, even two minutes apart', () => {
    const admin = 'admin-62-nadia';
    const entries = [
      entry('2026-11-29T13:42:00.000Z', 'archive.open', admin, { reason: 'Demande de la PJJ' }),
      entry('2026-11-29T13:40:00.000Z', 'archive.open', admin, { reason: 'Demande du juge des enfants du 12 mars' }),
    ];

    const lines = groupAccessLog(entries);

    expect(lines.map((line) => [line.kind, line.actions, line.reason])).toEqual([
      ['visit', ['archive.open'], 'Demande de la PJJ'],
      ['visit', ['archive.open'], 'Demande du juge des enfants du 12 mars'],
    ]);
  });

  it('keeps an opening with a reason apart from the same person’s visits before and after it', () => {
    const admin = 'admin-62-nadia';
    const entries = [
      entry('2026-11-29T13:50:00.000Z', 'profile.read', admin),
      entry('2026-11-29T13:45:00.000Z', 'archive.reopen', admin, { reason: 'Le jeune revient vers le service' }),
      entry('2026-11-29T13:40:00.000Z', 'archive.open', admin, { reason: 'Demande du juge des enfants' }),
      entry('2026-11-29T13:35:00.000Z', 'journal.read', admin),
    ];

    const lines = groupAccessLog(entries);

    expect(lines.map((line) => [line.kind, line.actions.join(), line.reason ?? null])).toEqual([
      ['visit', 'profile.read', null],
      ['write', 'archive.reopen', 'Le jeune revient vers le service'],
      ['visit', 'archive.open', 'Demande du juge des enfants'],
      ['visit', 'journal.read', null],
    ]);
  });
});
