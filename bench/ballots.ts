import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../shared/auth/principal.js';
import { ballotRepo } from '../shared/db/ballot-repo.js';
import { committeeRepo } from '../shared/db/committee-repo.js';
import { youthRepo } from '../shared/db/youth-repo.js';
import { fixed, measure, table } from './lib/measure.js';
import type { BenchStack } from './lib/stack.js';

/**
 * `count` members cast their ballot all at once on one consultation. Figures: ballots
 * per second against single PutItems per second at the same concurrency, and the
 * check that none was lost and none counted twice.
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
      questions: [{ id: 'q', label: 'Q', kind: 'single', options: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id })) }],
      opensAt: new Date(now.getTime() - 60_000).toISOString(),
      closesAt: new Date(now.getTime() + 3_600_000).toISOString(),
    },
    now,
  );
  const tokens = await Promise.all(subs.map((sub) => stack.token({ sub, role: 'jeune', departement: '62' })));
  const path = `/api/committees/${committee.id}/consultations/${consultation.id}/ballots`;

  const statuses: number[] = [];
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token, index) => {
      const response = await stack.post(token, path, { answers: { q: ['a', 'b', 'c', 'd'][index % 4] } });
      statuses.push(response.status);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const accepted = statuses.filter((status) => status === 201).length;

  const raw = await measure(count, count, async (index) => {
    await stack.store.db.send(new PutCommand({ TableName: stack.store.ballotTableName, Item: { pk: 'bench-raw', sk: `item-${index}` } }));
  });

  const box = { departement: '62', committeeId: committee.id, consultationId: consultation.id };
  const participations = await ballotRepo.countBallots(stack.store, box);
  const tallied = [...(await ballotRepo.tallies(stack.store, box)).values()].reduce((sum, value) => sum + value, 0);
  const ballotsPerSecond = accepted / seconds;
  return [
    `### Ballots: ${count} members vote at the same time on one consultation`,
    '',
    table(
      ['measure', 'value'],
      [
        ['ballots accepted (201)', `${accepted} / ${count}`],
        ['refused (any other answer)', count - accepted],
        ['lost (accepted, not counted)', accepted - tallied],
        ['double (counted more than participations)', tallied - participations],
        ['ballots per second', fixed(ballotsPerSecond)],
        ['raw PutItem per second, same concurrency', fixed(raw.perSecond)],
        ['ratio raw PutItem / ballots', fixed(raw.perSecond / ballotsPerSecond, 2)],
      ],
    ),
  ].join('\n');
}
