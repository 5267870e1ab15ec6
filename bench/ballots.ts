import { randomBytes, randomInt } from 'node:crypto';
import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../shared/auth/principal.js';
import { type BallotBox, ballotRepo } from '../shared/db/ballot-repo.js';
import { committeeRepo } from '../shared/db/committee-repo.js';
import { youthRepo } from '../shared/db/youth-repo.js';
import { tallyBallots } from '../shared/domain/consultation.js';
import { blind, finalize, fromBase64url, importBallotKey, prepareMessage, toBase64url } from '../web/src/lib/blind-rsa.js';
import { fixed, measure, table } from './lib/measure.js';
import type { BenchStack } from './lib/stack.js';

const OPTIONS = ['a', 'b', 'c', 'd'];

/**
 * `count` members vote at the same time on one consultation, as their phones do: each
 * asks for its credential signed in (all at once), then casts its ballot with no identity
 * (all at once). The phones' own work (blinding, unblinding) is done before and between
 * the timed steps: it happens on each phone, not on the server. Figures: ballots per
 * second against single PutItems per second at the same concurrency (measured just before
 * and just after the cast, their mean the baseline), and the check that
 * none was refused, lost or counted twice. Then the two ways of counting, measured on
 * DynamoDB alone at the same concurrency: sharded counters in a transaction with the
 * spent credential, or one anonymous item per ballot.
 */
export async function benchBallots(stack: BenchStack, count: number): Promise<string> {
  const admin: Principal = { sub: 'admin-bench', role: 'admin', departement: '62', name: null };
  const organiser: Principal = { sub: 'orga-bench', role: 'organisateur', departement: '62', name: null };
  const now = new Date();
  const committee = await committeeRepo.create(stack.store, organiser, { kind: 'CDJ', name: 'CDJ bench' }, now);

  // Members are set up through the repositories: the figure is the vote, not the setup.
  const subs = Array.from({ length: count }, (_, index) => `jeune-ballot-${index}`);
  await measure(count, 25, async (index) => {
    const youth = await youthRepo.create(
      stack.store,
      admin,
      {
        firstName: 'Membre',
        lastName: `N${index}`,
        birthDate: '2008-01-01',
        accountSub: subs[index] ?? '',
        referentId: 'r',
        coordinateurId: 'c',
      },
      now,
    );
    await committeeRepo.addMember(stack.store, organiser, committee, youth, now);
  });
  const consultation = await committeeRepo.createConsultation(
    stack.store,
    committee,
    {
      title: 'Bench',
      questions: [{ id: 'q', label: 'Q', kind: 'single', options: OPTIONS.map((id) => ({ id, label: id })) }],
      opensAt: new Date(now.getTime() - 60_000).toISOString(),
      closesAt: new Date(now.getTime() + 3_600_000).toISOString(),
    },
    now,
  );
  const tokens = await Promise.all(subs.map((sub) => stack.token({ sub, role: 'jeune', departement: '62' })));
  const path = `/api/committees/${committee.id}/consultations/${consultation.id}`;

  // The phones: the consultation's key (read once by each in reality), then blinding.
  const viewed = await fetch(`${stack.server.url}${path}`, { headers: { authorization: `Bearer ${tokens[0]}` } });
  const spki = ((await viewed.json()) as { ballotKey: { publicKey: string } }).ballotKey.publicKey;
  const key = await importBallotKey(spki);
  const phones = await Promise.all(
    subs.map(async () => {
      const prepared = prepareMessage();
      return { prepared, ...(await blind(key, prepared)) };
    }),
  );

  const credentialStatuses: number[] = [];
  const blindSignatures: string[] = [];
  let started = performance.now();
  await Promise.all(
    tokens.map(async (token, index) => {
      const response = await stack.post(token, `${path}/ballot-credential`, {
        blindedMessage: toBase64url(phones[index]?.blindedMessage as Uint8Array),
      });
      credentialStatuses[index] = response.status;
      blindSignatures[index] = String(response.body?.blindSignature ?? '');
    }),
  );
  const credentialSeconds = (performance.now() - started) / 1000;

  const credentials = await Promise.all(
    phones.map(async (phone, index) =>
      credentialStatuses[index] === 201
        ? {
            message: toBase64url(phone.prepared),
            signature: toBase64url(await finalize(key, phone.prepared, fromBase64url(blindSignatures[index] ?? ''), phone.inverse)),
          }
        : null,
    ),
  );

  const rawPuts = (when: string) =>
    measure(count, count, async (index) => {
      await stack.store.db.send(
        new PutCommand({ TableName: stack.store.ballotTableName, Item: { pk: 'bench-raw', sk: `${when}-${index}` } }),
      );
    });
  const rawBefore = await rawPuts('before');

  const statuses: number[] = [];
  started = performance.now();
  await Promise.all(
    credentials.map(async (credential, index) => {
      if (!credential) return;
      const response = await stack.post(null, `${path}/ballots`, { departement: '62', credential, answers: { q: OPTIONS[index % 4] } });
      statuses.push(response.status);
    }),
  );
  const castSeconds = (performance.now() - started) / 1000;
  const accepted = statuses.filter((status) => status === 201).length;

  const rawAfter = await rawPuts('after');
  // The baseline straddles the cast: DynamoDB Local is not as fast after a burst of writes as before it.
  const raw = { perSecond: (rawBefore.perSecond + rawAfter.perSecond) / 2 };

  const box = { departement: '62', committeeId: committee.id, consultationId: consultation.id };
  const participations = credentialStatuses.filter((status) => status === 201).length;
  const tallied = [...tallyBallots(await ballotRepo.ballots(stack.store, box)).values()].reduce((sum, value) => sum + value, 0);
  const ballotsPerSecond = accepted / castSeconds;
  const votesPerSecond = accepted / (credentialSeconds + castSeconds);

  const parts = await benchCastParts(stack, count, box, path, raw.perSecond);
  const counting = await benchCounting(stack, count);
  return [
    `### Ballots: ${count} members vote at the same time on one consultation`,
    '',
    table(
      ['measure', 'value'],
      [
        ['credentials given (201)', `${participations} / ${count}`],
        ['ballots counted (201)', `${accepted} / ${count}`],
        ['refused (any other answer, either step)', count - accepted],
        ['lost (accepted, not counted)', accepted - tallied],
        ['double (counted more than credentials given)', Math.max(0, tallied - participations)],
        ['credentials per second (step 1, signed in)', fixed(participations / credentialSeconds)],
        ['ballots per second (step 2, the cast)', fixed(ballotsPerSecond)],
        ['votes per second, both steps end to end', fixed(votesPerSecond)],
        ['raw PutItem per second, same concurrency, just before the cast', fixed(rawBefore.perSecond)],
        ['raw PutItem per second, same concurrency, just after the cast', fixed(rawAfter.perSecond)],
        ['raw PutItem per second: the baseline (mean of both)', fixed(raw.perSecond)],
        ['ratio ballots / raw PutItem', fixed(ballotsPerSecond / raw.perSecond, 2)],
        ['ratio votes (both steps) / raw PutItem', fixed(votesPerSecond / raw.perSecond, 2)],
      ],
    ),
    '',
    parts,
    '',
    counting,
  ].join('\n');
}

/**
 * Where the time of a cast goes, `count` at once, against the raw PutItem just measured:
 * its two DynamoDB requests back to back with no HTTP (the consultation's rules read
 * strongly consistent, then the conditional PutItem of the ballot, in a box of its own so
 * that the figures above are untouched); the request alone: a cast refused by
 * validation (400) before anything is read, through the same HTTP server; and a request
 * to a path no area serves, which the local server answers itself (the HTTP floor).
 */
async function benchCastParts(stack: BenchStack, count: number, box: BallotBox, path: string, rawPerSecond: number): Promise<string> {
  const elsewhere = { ...box, consultationId: `${box.consultationId}-parts` };
  const database = await measure(count, count, async (index) => {
    await committeeRepo.votingRules(stack.store, box.departement, box.committeeId, box.consultationId);
    await ballotRepo.cast(stack.store, elsewhere, randomBytes(32).toString('base64url'), { q: OPTIONS[index % 4] as string });
  });
  const request = await measure(count, count, async () => {
    const response = await stack.post(null, `${path}/ballots`, { departement: '62' });
    if (response.status !== 400) throw new Error(`An invalid ballot was answered ${response.status}`);
  });
  const bare = await measure(count, count, async () => {
    const response = await stack.post(null, '/bench-nothing-here', { departement: '62' });
    if (response.status !== 404) throw new Error(`An unknown path was answered ${response.status}`);
  });
  return [
    `**Where a cast's time goes** (${count} at once, same run): what would bound it if the rest cost nothing.`,
    '',
    table(
      ['part of a cast', 'per second', 'ratio to raw PutItem'],
      [
        [
          'its two DynamoDB requests alone (GetItem consistent + conditional PutItem)',
          fixed(database.perSecond),
          fixed(database.perSecond / rawPerSecond, 2),
        ],
        [
          'the HTTP request alone (refused by validation, nothing read)',
          fixed(request.perSecond),
          fixed(request.perSecond / rawPerSecond, 2),
        ],
        ['an HTTP request no app sees (404 from the local server itself)', fixed(bare.perSecond), fixed(bare.perSecond / rawPerSecond, 2)],
      ],
    ),
  ].join('\n');
}

/**
 * Where a cast ballot is counted, on DynamoDB alone, `count` at once: (a) sharded counters,
 * the spent credential and one counter per chosen option in one transaction (16 shards per
 * option, chosen at random), or (b) one conditional PutItem per ballot, holding its answers
 * under the spent credential's id, tallied at close. Both against a raw PutItem.
 */
async function benchCounting(stack: BenchStack, count: number): Promise<string> {
  const table_ = stack.store.ballotTableName;
  const counters = await measure(count, count, async (index) => {
    const pk = 'bench-counters';
    for (let attempt = 0; ; attempt += 1) {
      try {
        await stack.store.db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: table_,
                  Item: { pk, sk: `SPENT#${randomBytes(16).toString('hex')}` },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              {
                Update: {
                  TableName: table_,
                  Key: { pk, sk: `TALLY#q#${OPTIONS[index % 4]}#${randomInt(16)}` },
                  UpdateExpression: 'ADD #count :one',
                  ExpressionAttributeNames: { '#count': 'count' },
                  ExpressionAttributeValues: { ':one': 1 },
                },
              },
            ],
          }),
        );
        return;
      } catch (error) {
        // Two ballots on one counter shard conflict: retried with jittered backoff, as the counters' version did.
        if ((error as { name?: string }).name !== 'TransactionCanceledException' || attempt > 12) throw error;
        await new Promise((resolve) => setTimeout(resolve, randomInt(5, 20 * 2 ** Math.min(attempt, 5))));
      }
    }
  });
  const items = await measure(count, count, async (index) => {
    await stack.store.db.send(
      new PutCommand({
        TableName: table_,
        Item: { pk: 'bench-items', sk: `BALLOT#${randomBytes(32).toString('base64url')}`, answers: { q: OPTIONS[index % 4] } },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  });
  const raw = await measure(count, count, async (index) => {
    await stack.store.db.send(new PutCommand({ TableName: table_, Item: { pk: 'bench-raw-2', sk: `item-${index}` } }));
  });
  return [
    `### Counting a cast ballot: ${count} at once, DynamoDB only`,
    '',
    table(
      ['way of counting', 'per second', 'p99 (ms)', 'ratio to raw PutItem'],
      [
        [
          'sharded counters + spent credential (transaction)',
          fixed(counters.perSecond),
          fixed(counters.p99),
          fixed(counters.perSecond / raw.perSecond, 2),
        ],
        [
          'one anonymous item per ballot (conditional PutItem)',
          fixed(items.perSecond),
          fixed(items.p99),
          fixed(items.perSecond / raw.perSecond, 2),
        ],
        ['raw PutItem', fixed(raw.perSecond), fixed(raw.p99), '1.00'],
      ],
    ),
  ].join('\n');
}
