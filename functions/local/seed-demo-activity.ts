import { randomBytes, randomInt } from 'node:crypto';
import { ulid } from 'ulid';
import type { Principal } from '../../shared/auth/principal.js';
import { ballotRepo } from '../../shared/db/ballot-repo.js';
import { committeeRepo } from '../../shared/db/committee-repo.js';
import { interviewRepo } from '../../shared/db/interview-repo.js';
import { planRepo } from '../../shared/db/plan-repo.js';
import type { Store } from '../../shared/db/store.js';
import { supportRepo } from '../../shared/db/support-repo.js';
import { type YouthRecord, youthRepo } from '../../shared/db/youth-repo.js';
import { addDays, addMonths, addYears, parisDate } from '../../shared/domain/calendar-date.js';
import { DEFAULT_FEEDBACK_PER_MEMBER } from '../../shared/domain/committee-settings.js';
import { shuffled } from '../../shared/domain/consultation.js';
import { newInterview } from '../../shared/domain/interview.js';
import { proposePlan } from '../../shared/domain/plan.js';
import { checkSupportDecision } from '../../shared/domain/support-decisions.js';
import { seedDemoGrids } from './seed-demo-grids.js';
import { seedDemoHousing } from './seed-demo-housing.js';

/**
 * What makes the demo show every feature on first start: interviews and a proposed
 * plan, support decisions, autonomy grids, housing projects and applications, a
 * committee with an open consultation and a published one. `npm start` only;
 * tests set up their own situations.
 */
/** Members of the demo committee with no demo login: a committee needs five voters for results. */
const COMMITTEE_ONLY_YOUTH = [
  { firstName: 'Inès', lastName: 'Carpentier', birthDate: '2008-11-05', careEndDate: '2027-06-30', accountSub: 'jeune-62-ines' },
  { firstName: 'Hugo', lastName: 'Delattre', birthDate: '2009-09-18', careEndDate: null, accountSub: 'jeune-62-hugo' },
  { firstName: 'Maëlle', lastName: 'Wattel', birthDate: '2008-04-23', careEndDate: '2026-12-31', accountSub: 'jeune-62-maelle' },
].map((youth) => ({ ...youth, referentId: 'ref-62-thomas', coordinateurId: 'coord-62-karim' }));

export async function seedDemoActivity(
  store: Store,
  people: { sophie: Principal; karim: Principal; claire: Principal; nadia: Principal },
  youth: { lina: YouthRecord; yanis: YouthRecord; emma: YouthRecord },
  now: Date,
): Promise<void> {
  const today = parisDate(now);
  const { sophie, claire, nadia } = people;
  const { lina, yanis, emma } = youth;

  const interview = (input: Parameters<typeof newInterview>[1]) => newInterview(ulid(now.getTime()), input, now);
  await interviewRepo.create(store, sophie, lina.id, interview({ kind: 'entretien17', scheduledOn: addDays(today, 21) }), now);
  await interviewRepo.create(
    store,
    sophie,
    yanis.id,
    interview({
      kind: 'entretien17',
      // Held two months before his 17th birthday, on time.
      scheduledOn: addDays(addYears(yanis.birthDate, 17), -60),
      heldOn: addDays(addYears(yanis.birthDate, 17), -60),
      participants: [
        { kind: 'jeune', name: 'Yanis Benali' },
        { kind: 'referent', name: 'Sophie Lefebvre' },
        { kind: 'coordinateur', name: 'Karim Haddad' },
        { kind: 'lieu_accueil', name: 'Martine Caron', role: 'Assistante familiale' },
      ],
      summary: 'Yanis veut passer son permis et trouver un logement avant la fin de son accompagnement jeune majeur.',
      points: [{ domain: 'logement', text: 'Demande de place en foyer de jeunes travailleurs.' }],
      rightsTold: [
        { right: 'accompagnement_18_21', toldOn: addDays(addYears(yanis.birthDate, 17), -60), answer: 'oui' },
        { right: 'contrat_engagement_jeune', toldOn: addDays(addYears(yanis.birthDate, 17), -60), answer: 'reflechit' },
        { right: 'logement_social', toldOn: addDays(addYears(yanis.birthDate, 17), -60), answer: null },
        { right: 'contester_adepape', toldOn: addDays(addYears(yanis.birthDate, 17), -60), answer: null },
      ],
    }),
    now,
  );
  const plan = proposePlan(
    null,
    {
      version: 0,
      goals: [
        {
          id: 'logement',
          domain: 'logement',
          label: 'Avoir un logement avant la fin de l’accompagnement jeune majeur',
          planB: 'Une place d’hébergement temporaire réservée par le coordinateur',
          actions: [
            {
              id: 'fjt',
              label: 'Déposer le dossier au foyer de jeunes travailleurs',
              who: 'jeune',
              dueOn: addDays(today, 14),
              status: 'a_faire',
            },
            { id: 'visale', label: 'Demander la garantie Visale', who: 'coordinateur', dueOn: addDays(today, 30), status: 'en_cours' },
          ],
        },
        {
          id: 'permis',
          domain: 'formation_emploi',
          label: 'Passer le permis de conduire pour l’apprentissage',
          planB: 'Se rendre à l’entreprise en bus avec la carte de transport solidaire',
          actions: [
            {
              id: 'code',
              label: 'S’inscrire au code avec l’aide de la mission locale',
              who: 'coordinateur',
              dueOn: addDays(today, 21),
              status: 'a_faire',
            },
          ],
        },
        {
          id: 'budget',
          domain: 'ressources',
          label: 'Tenir un budget avec le salaire d’apprenti',
          planB: '',
          actions: [
            {
              id: 'budget-caf',
              label: 'Faire le point sur la prime d’activité avec la CAF',
              who: 'jeune',
              dueOn: addDays(today, 45),
              status: 'a_faire',
            },
          ],
        },
      ],
      needsWithoutGoals: [
        { need: 'sante', reason: 'Carte Vitale, complémentaire santé solidaire et médecin traitant à jour.' },
        { need: 'papiers_droits', reason: 'Carte d’identité valable jusqu’en 2031 ; compte bancaire ouvert.' },
        { need: 'entourage', reason: 'Reste en lien avec son assistante familiale et son club de foot.' },
      ],
    },
    sophie.name,
    now,
  );
  await planRepo.write(store, sophie, yanis.id, plan, { expectedVersion: 0, event: 'saved' }, now);

  await seedYanisSupport(store, nadia, yanis, now);
  await seedDemoGrids(store, people, { lina, yanis }, now);
  await seedDemoHousing(store, people, { lina, yanis }, now);

  const committee = await committeeRepo.create(store, claire, { kind: 'CTJ', name: 'CTJ de l’Arrageois', territory: 'Arrageois' }, now);
  // Five ballots at least before any result is shown: the committee has six members.
  const others = [];
  for (const youth of COMMITTEE_ONLY_YOUTH) others.push(await youthRepo.create(store, nadia, youth, now));
  for (const member of [lina, yanis, emma, ...others]) await committeeRepo.addMember(store, claire, committee, member, now);
  const days = (count: number) => new Date(now.getTime() + count * 86_400_000).toISOString();
  await committeeRepo.createConsultation(
    store,
    committee,
    {
      title: 'Les réunions du comité',
      description: 'Aide-nous à choisir quand et sur quoi nous réunir cette année.',
      questions: [
        {
          id: 'jour',
          label: 'Quel jour te convient le mieux ?',
          kind: 'single',
          options: [
            { id: 'mercredi', label: 'Le mercredi après-midi' },
            { id: 'samedi', label: 'Le samedi matin' },
          ],
        },
        {
          id: 'sujets',
          label: 'De quoi veux-tu parler ?',
          kind: 'multiple',
          options: [
            { id: 'logement', label: 'Le logement après 18 ans' },
            { id: 'argent', label: 'L’argent de poche et le budget' },
            { id: 'sante', label: 'La santé' },
          ],
        },
      ],
      opensAt: days(-1),
      closesAt: days(30),
    },
    now,
  );
  const past = await committeeRepo.createConsultation(
    store,
    committee,
    {
      title: 'Le livret d’accueil',
      questions: [
        {
          id: 'clair',
          label: 'Le livret d’accueil est-il clair ?',
          kind: 'single',
          options: [
            { id: 'oui', label: 'Oui' },
            { id: 'non', label: 'Non' },
          ],
        },
      ],
      opensAt: days(-40),
      closesAt: days(-10),
    },
    now,
  );
  const box = { departement: committee.departement, committeeId: committee.id, consultationId: past.id };
  // As the two steps leave them: each member's credential marker (the demo's digests are
  // random), then the ballots, under random credential ids and in another order, so that
  // not even the order in which rows were written pairs a member with a ballot.
  const voters = [yanis, emma, lina, ...others.slice(0, 2)];
  for (const voter of voters) {
    await ballotRepo.markCredentialIssued(
      store,
      box,
      voter.id,
      randomBytes(32).toString('base64url'),
      voter === yanis ? { text: 'Il faudrait une version plus courte.', perMember: DEFAULT_FEEDBACK_PER_MEMBER } : undefined,
    );
  }
  for (const answer of shuffled(['non', 'non', 'oui', 'oui', 'non'], () => randomInt(1000) / 1000)) {
    await ballotRepo.cast(store, box, randomBytes(32).toString('base64url'), { clair: answer });
  }
  await committeeRepo.publish(store, committee.departement, committee.id, past.id, now);
  await committeeRepo.putFollowUp(store, committee.departement, committee.id, past.id, {
    questionId: 'clair',
    status: 'en_cours',
    text: 'Une version courte du livret est en cours d’écriture avec le comité.',
    updatedAt: now.toISOString(),
  });
}

/**
 * Yanis's support from 18 to 21: a first request before his majority, granted up to the
 * care end date already on his file, and a renewal he has just asked for, awaiting an admin.
 */
async function seedYanisSupport(store: Store, nadia: Principal, yanis: YouthRecord, now: Date) {
  const yanisAccount: Principal = { sub: yanis.accountSub, role: 'jeune', departement: yanis.departement, name: 'Yanis Benali' };
  // Dated from his birthday, as the demo's people are (demo-accounts.ts): asked six weeks
  // before his majority, decided four weeks before, granted from 18 to his care end date.
  const age18 = addYears(yanis.birthDate, 18);
  const askedOn = new Date(`${addDays(age18, -42)}T09:00:00Z`);
  const first = await supportRepo.create(
    store,
    yanisAccount,
    yanis,
    { kind: 'premiere', message: 'Je veux finir mon CAP et trouver un logement.' },
    askedOn,
  );
  const decidedOn = new Date(`${addDays(age18, -28)}T14:00:00Z`);
  const grant = checkSupportDecision(
    {
      outcome: 'accordee',
      startsOn: age18,
      endsOn: yanis.careEndDate ?? addMonths(parisDate(now), 2),
      conditions: 'Suivre le CAP et rencontrer le coordinateur chaque mois.',
    },
    { birthDate: yanis.birthDate, today: parisDate(decidedOn) },
  );
  if (!grant.ok) return;
  await supportRepo.decide(store, nadia, yanis, first, grant.decision, yanis.careEndDate, decidedOn);
  await supportRepo.create(
    store,
    yanisAccount,
    yanis,
    { kind: 'renouvellement', message: 'Je voudrais être accompagné jusqu’à la fin de mon BTS, en juin 2028.' },
    now,
  );
}
