import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { stopToken } from '../../functions/reminders/stop-token.js';
import type { Role } from '../../shared/auth/principal.js';
import { deadlineAlertRepo } from '../../shared/db/deadline-alert-repo.js';
import { keys } from '../../shared/db/keys.js';
import { type Credential, requestAnswerCredential, requestCredential, vote } from './ballot.js';
import type { Caller, Harness } from './harness.js';
import { completePlan } from './plan-body.js';

/** One young person's complete situation, with everyone around them, built through the API. */
export interface World {
  tag: string;
  youthId: string;
  /** A second young person of the same département, not in the committee. */
  otherYouthId: string;
  interviewId: string;
  /** A housing partner of 62 and a draft application of the owner to it; the owner's project is shared. */
  partnerId: string;
  applicationId: string;
  /** A pending request for support from 18 to 21, made by the owner. */
  supportRequestId: string;
  /** A request about her data (RGPD) the owner made, not answered yet. */
  rgpdRequestId: string;
  /** A « J'ai besoin d'aide » alert the owner raised, not acknowledged. */
  helpAlertId: string;
  /** The STOP link's token of the owner's messages, signed as the server signs it. */
  stopToken: string;
  /** A deadline alert about the owner's end of care, as the daily job writes it, not acknowledged. */
  deadlineAlertId: string;
  committeeId: string;
  /** Open, the owner has not voted. */
  openConsultationId: string;
  /** A credential another member was given on the open consultation, not spent. */
  openBallotCredential: Credential;
  followUpAnswerCredential: Credential;
  /** Closed with enough ballots, not published. */
  closedConsultationId: string;
  /** Published, with a follow-up on question `transport` the owner has not answered. */
  publishedConsultationId: string;
  /** The caller closest to the world for each role (the owner, the binôme, the organiser, an admin). */
  owners: Record<Role, Caller>;
  /** Same département, no relation to this world. */
  strangers: Record<Role, Caller>;
  /** The owners' ids, in département 59. */
  otherDepartement: Record<Role, Caller>;
}

let counter = 0;

export const QUESTIONS = [
  {
    id: 'transport',
    label: 'Comment venir aux réunions ?',
    kind: 'single',
    options: [
      { id: 'velo', label: 'Vélo' },
      { id: 'bus', label: 'Bus' },
    ],
  },
];

function check(response: { status: number; body: unknown }, expected: number, what: string) {
  if (response.status !== expected) throw new Error(`World setup failed at ${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Record<string, unknown>;
}

export async function buildWorld(api: Harness): Promise<World> {
  counter += 1;
  const tag = `w${counter}-${Date.now().toString(36)}`;
  const owners: Record<Role, Caller> = {
    jeune: { sub: `jeune-${tag}`, role: 'jeune', departement: '62', name: 'Inès Owner' },
    referent: { sub: `ref-${tag}`, role: 'referent', departement: '62' },
    coordinateur: { sub: `coord-${tag}`, role: 'coordinateur', departement: '62' },
    organisateur: { sub: `orga-${tag}`, role: 'organisateur', departement: '62' },
    admin: { sub: 'admin-62-world', role: 'admin', departement: '62' },
  };
  const strangers = Object.fromEntries(
    (Object.keys(owners) as Role[]).map((role) => [role, { sub: `stranger-${role}-${tag}`, role, departement: '62' }]),
  ) as Record<Role, Caller>;
  const otherDepartement = Object.fromEntries(
    (Object.keys(owners) as Role[]).map((role) => [role, { ...owners[role], departement: '59' }]),
  ) as Record<Role, Caller>;
  const { admin, referent, organisateur, jeune } = owners;
  // Everyone's staff accounts are in their département's directory; so is the binôme of
  // the world's other young people.
  const otherBinome: Caller[] = [
    { sub: `ref-other-${tag}`, role: 'referent', departement: '62' },
    { sub: `coord-other-${tag}`, role: 'coordinateur', departement: '62' },
  ];
  await api.registerStaff(...Object.values(owners), ...Object.values(strangers), ...Object.values(otherDepartement), ...otherBinome);

  const youth = check(
    await api.call(admin, 'POST', '/api/youth', {
      firstName: 'Inès',
      lastName: `Owner${counter}`,
      birthDate: '2009-06-15',
      careEndDate: '2027-06-15',
      accountSub: jeune.sub,
      referentId: referent.sub,
      coordinateurId: owners.coordinateur.sub,
    }),
    201,
    'youth',
  );
  const youthId = String(youth.id);
  const secondMember = { sub: `member2-${tag}`, role: 'jeune' as const, departement: '62' };
  const second = check(
    await api.call(admin, 'POST', '/api/youth', {
      firstName: 'Second',
      lastName: `Member${counter}`,
      birthDate: '2008-01-01',
      accountSub: secondMember.sub,
      referentId: `ref-other-${tag}`,
      coordinateurId: `coord-other-${tag}`,
    }),
    201,
    'second youth',
  );
  const other = check(
    await api.call(admin, 'POST', '/api/youth', {
      firstName: 'Other',
      lastName: `Youth${counter}`,
      birthDate: '2008-01-01',
      accountSub: `other-${tag}`,
      referentId: `ref-other-${tag}`,
      coordinateurId: `coord-other-${tag}`,
    }),
    201,
    'other youth',
  );

  const interview = check(
    await api.call(referent, 'POST', `/api/interviews/${youthId}/interviews`, { kind: 'entretien17' }),
    201,
    'interview',
  );
  const supportRequest = check(
    await api.call(jeune, 'POST', `/api/youth/${youthId}/support-requests`, { kind: 'premiere' }),
    201,
    'support request',
  );
  const rgpdRequest = check(await api.call(jeune, 'POST', `/api/youth/${youthId}/rgpd-requests`, { kind: 'acces' }), 201, 'rgpd request');
  const helpAlert = check(await api.call(jeune, 'POST', '/api/dashboard/help', { reason: 'besoin_de_parler' }), 201, 'help alert');
  // The daily job is no route: its alert is written as the job writes it.
  const deadlineAlert = {
    id: 'careEnd_2027-06-15_bientot',
    youthId,
    kind: 'careEnd' as const,
    dueOn: '2027-06-15',
    stage: 'bientot' as const,
  };
  await deadlineAlertRepo.raise(api.store, '62', deadlineAlert, '2027-05-20');
  check(
    await api.call(jeune, 'PUT', `/api/interviews/${youthId}/preparation/answers`, { answers: { questions: 'Le permis' } }),
    200,
    'answers',
  );
  check(
    await api.call(referent, 'PUT', `/api/interviews/${youthId}/plan`, {
      version: 0,
      ...completePlan([{ id: 'g1', domain: 'logement', label: 'Un logement', planB: 'FJT', actions: [] }]),
    }),
    200,
    'plan',
  );

  const partner = check(
    await api.call(admin, 'POST', '/api/housing/partners', { name: `FJT ${tag}`, solutionTypeId: 'fjt', territory: 'Arras' }),
    201,
    'housing partner',
  );
  check(
    await api.call(jeune, 'PUT', `/api/housing/${youthId}/project`, { version: 0, wishedSolutionTypeIds: ['fjt'], wishedArea: 'Arras' }),
    200,
    'housing project',
  );
  check(await api.call(jeune, 'POST', `/api/housing/${youthId}/project/share`), 200, 'housing project shared');
  const application = check(
    await api.call(jeune, 'POST', `/api/housing/${youthId}/applications`, { partnerId: partner.id, solutionTypeId: 'fjt' }),
    201,
    'housing application',
  );

  // Autonomy grid: a sent self-assessment, the binôme's assessment far from it on one item
  // (a proposal for the plan), and a second self-assessment in progress, not sent.
  const grid = `/api/grids/${youthId}`;
  check(
    await api.call(jeune, 'PUT', `${grid}/self-assessment`, { levels: { 'res-depenses': 4, 'log-bail': 1, 'sante-rdv': 3 } }),
    200,
    'grid self levels',
  );
  check(await api.call(jeune, 'POST', `${grid}/self-assessment/send`), 201, 'grid self sent');
  check(
    await api.call(referent, 'POST', `${grid}/evaluations`, {
      templateVersion: 1,
      assessedOn: new Date().toISOString().slice(0, 10),
      levels: { 'res-depenses': 1, 'log-bail': 1, 'sante-rdv': 3 },
    }),
    201,
    'grid binôme assessment',
  );
  check(await api.call(jeune, 'PUT', `${grid}/self-assessment`, { levels: { 'res-depenses': 3 } }), 200, 'grid self in progress');

  const committee = check(await api.call(organisateur, 'POST', '/api/committees', { kind: 'CTJ', name: `CTJ ${tag}` }), 201, 'committee');
  const committeeId = String(committee.id);
  check(await api.call(organisateur, 'POST', `/api/committees/${committeeId}/members`, { youthId }), 201, 'member');
  check(await api.call(organisateur, 'POST', `/api/committees/${committeeId}/members`, { youthId: second.id }), 201, 'member 2');
  // Results are never shown below 5 ballots: three more members vote in the closed and published consultations.
  const moreVoters: Caller[] = [];
  for (let index = 3; index <= 5; index += 1) {
    const voter = { sub: `member${index}-${tag}`, role: 'jeune' as const, departement: '62' };
    const created = check(
      await api.call(admin, 'POST', '/api/youth', {
        firstName: 'Votant',
        lastName: `Member${counter}x${index}`,
        birthDate: '2008-01-01',
        accountSub: voter.sub,
        referentId: `ref-other-${tag}`,
        coordinateurId: `coord-other-${tag}`,
      }),
      201,
      `voter ${index}`,
    );
    check(await api.call(organisateur, 'POST', `/api/committees/${committeeId}/members`, { youthId: created.id }), 201, `member ${index}`);
    moreVoters.push(voter);
  }

  const window = { opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 3_600_000).toISOString() };
  const consultation = async (name: string) =>
    String(
      check(
        await api.call(organisateur, 'POST', `/api/committees/${committeeId}/consultations`, {
          title: name,
          questions: QUESTIONS,
          ...window,
        }),
        201,
        name,
      ).id,
    );
  const base = (id: string) => `/api/committees/${committeeId}/consultations/${id}`;
  const openConsultationId = await consultation('open');
  const closedConsultationId = await consultation('closed');
  const publishedConsultationId = await consultation('published');
  for (const id of [closedConsultationId, publishedConsultationId]) {
    check(await vote(api, jeune, base(id), { transport: 'bus' }), 201, 'ballot');
    check(await vote(api, secondMember, base(id), { transport: 'velo' }), 201, 'ballot 2');
    for (const voter of moreVoters) check(await vote(api, voter, base(id), { transport: 'bus' }), 201, 'ballot');
    check(await api.call(organisateur, 'POST', `${base(id)}/close`), 200, 'close');
  }
  check(await api.call(organisateur, 'POST', `${base(publishedConsultationId)}/publish`), 200, 'publish');
  // A credential another member took on the open consultation and has not spent yet.
  const { credential: openBallotCredential } = await requestCredential(api, moreVoters[0] as Caller, base(openConsultationId));
  if (!openBallotCredential) throw new Error('World setup failed at the open consultation’s credential');
  check(
    await api.call(organisateur, 'PUT', `${base(publishedConsultationId)}/follow-ups/transport`, {
      status: 'en_cours',
      text: 'Étude des horaires',
    }),
    200,
    'follow-up',
  );
  // An answer credential another member took on that follow-up and has not spent yet.
  const { credential: followUpAnswerCredential } = await requestAnswerCredential(
    api,
    moreVoters[0] as Caller,
    base(publishedConsultationId),
    'transport',
  );
  if (!followUpAnswerCredential) throw new Error('World setup failed at the follow-up’s answer credential');

  return {
    tag,
    youthId,
    otherYouthId: String(other.id),
    interviewId: String(interview.id),
    partnerId: String(partner.id),
    applicationId: String(application.id),
    supportRequestId: String(supportRequest.id),
    rgpdRequestId: String(rgpdRequest.id),
    helpAlertId: String((helpAlert.alert as { id: string }).id),
    stopToken: await stopToken(api.store, '62', { type: 'jeune', youthId }),
    deadlineAlertId: deadlineAlert.id,
    committeeId,
    openConsultationId,
    openBallotCredential,
    followUpAnswerCredential,
    closedConsultationId,
    publishedConsultationId,
    owners,
    strangers,
    otherDepartement,
  };
}

/**
 * Everything stored about a world, as text: its young person's partition, the account
 * link, its committee, its ballot boxes, the départements' settings and its referent's staff entries. Equal before
 * and after means nothing was written.
 */
export async function snapshotWorld(api: Harness, world: World): Promise<string> {
  const partitions: [string, string][] = [
    [api.store.tableName, keys.youth('62', world.youthId)],
    [api.store.tableName, keys.account('62', world.owners.jeune.sub)],
    [api.store.tableName, keys.account('59', world.owners.jeune.sub)],
    [api.store.tableName, keys.committee('62', world.committeeId)],
    [api.store.tableName, keys.departement('62')],
    [api.store.tableName, keys.departement('59')],
    // The world's referent in the staff directories of 62 and 59 (`PATCH /api/staff/{sub}`).
    [api.store.tableName, keys.staff('62', world.owners.referent.sub)],
    [api.store.tableName, keys.staff('59', world.owners.referent.sub)],
    ...[world.openConsultationId, world.closedConsultationId, world.publishedConsultationId].map((id): [string, string] => [
      api.store.ballotTableName,
      keys.ballotBox('62', world.committeeId, id),
    ]),
  ];
  const parts = await Promise.all(
    partitions.map(async ([table, pk]) => {
      const result = await api.store.db.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ConsistentRead: true,
        }),
      );
      return JSON.stringify(result.Items ?? []);
    }),
  );
  return parts.join('\n');
}
