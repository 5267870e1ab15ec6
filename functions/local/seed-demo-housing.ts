import { ulid } from 'ulid';
import type { Principal } from '../../shared/auth/principal.js';
import { housingRepo, type StoredApplication } from '../../shared/db/housing-repo.js';
import type { Store } from '../../shared/db/store.js';
import type { YouthRecord } from '../../shared/db/youth-repo.js';
import { addDays, parisDate } from '../../shared/domain/calendar-date.js';
import {
  type ApplicationStatus,
  applyTransition,
  draftApplication,
  formatApplicationNumber,
} from '../../shared/domain/housing-application.js';
import { isSharedNotNeeded } from '../../shared/domain/housing-project.js';
import type { HousingProject } from '../../shared/schemas/housing.js';

const DAY_MS = 86_400_000;

const PARTNERS = [
  { key: 'fjt', name: 'FJT Les Tilleuls', solutionTypeId: 'fjt', territory: 'Arras', placesUnderAgreement: 12 },
  { key: 'residence', name: 'Résidence sociale Le Phare', solutionTypeId: 'residence-sociale', territory: 'Lens', placesUnderAgreement: 8 },
  {
    key: 'bailleur',
    name: 'Pas-de-Calais Habitat',
    solutionTypeId: 'logement-social',
    territory: 'Pas-de-Calais',
    placesUnderAgreement: 20,
  },
] as const;

/**
 * The demo's housing: the département's partners; Yanis (care ends in two months) with a
 * project written with Sophie and four applications in different states (one waiting
 * for news for over 60 days, one refused, one his own draft), none a solution yet, so
 * « sans solution logement » shows on his file, his housing page and the queue; Lina with
 * a project she has started and not shared (staff see it is pending, nothing more).
 */
export async function seedDemoHousing(
  store: Store,
  people: { sophie: Principal; karim: Principal },
  youth: { lina: YouthRecord; yanis: YouthRecord },
  now: Date,
): Promise<void> {
  const { lina, yanis } = youth;
  const today = parisDate(now);
  const partners = new Map<string, { id: string; name: string }>();
  for (const { key, ...partner } of PARTNERS) partners.set(key, await housingRepo.putPartner(store, yanis.departement, partner, now));
  const settings = await housingRepo.getSettings(store, yanis.departement);
  const typeOf = (id: string) => {
    const type = settings.solutionTypes.find((candidate) => candidate.id === id);
    if (!type) throw new Error(`Unknown solution type ${id}`);
    return type;
  };

  const yanisProject: HousingProject = {
    wishedSolutionTypeIds: ['fjt', 'logement-social'],
    wishedArea: 'Arras ou Lens',
    expectedDate: yanis.careEndDate,
    resources: [
      { source: 'apprentissage', monthlyAmount: 850 },
      { source: 'prestations_caf', monthlyAmount: 120 },
    ],
    household: 'seul',
    supportNeeded: 'Aide pour monter le dossier de logement social et pour la caution.',
    aidsRequested: ['visale', 'loca_pass', 'apl_caf'],
    otherAid: '',
    notNeededReason: null,
    startedOn: addDays(today, -90),
    version: 1,
    updatedAt: new Date(now.getTime() - 90 * DAY_MS).toISOString(),
    // Written by Sophie with him: shared from the start.
    sharedAt: new Date(now.getTime() - 90 * DAY_MS).toISOString(),
  };
  await housingRepo.saveProject(store, people.sophie, yanis.id, yanisProject, 0, isSharedNotNeeded(yanisProject), now);

  const yanisAccount: Principal = { sub: yanis.accountSub, role: 'jeune', departement: yanis.departement, name: null };
  const applications: {
    type: string;
    partner?: string;
    numeroUnique?: string;
    by: Principal;
    steps: [ApplicationStatus, number, string?][];
  }[] = [
    // Déposée 80 days ago, under review since 75: no news for over 60 days, the binôme is prompted.
    {
      type: 'fjt',
      partner: 'fjt',
      by: people.karim,
      steps: [
        ['deposee', 80],
        ['en_instruction', 75, 'Entretien d’admission passé.'],
      ],
    },
    { type: 'logement-social', partner: 'bailleur', numeroUnique: '062112600123', by: people.sophie, steps: [['deposee', 20]] },
    {
      type: 'residence-sociale',
      partner: 'residence',
      by: people.karim,
      steps: [
        ['deposee', 60],
        ['refusee_par_le_partenaire', 10, 'Plus de place avant l’été.'],
      ],
    },
    // Added by Yanis on his phone yesterday: « à déposer » by his binôme.
    { type: 'crous', by: yanisAccount, steps: [] },
  ];
  for (const spec of applications) {
    const createdDaysAgo = (spec.steps[0]?.[1] ?? 1) + 2;
    const createdAt = new Date(now.getTime() - createdDaysAgo * DAY_MS);
    const sequence = await housingRepo.allocateNumber(store, yanis.departement, Number(today.slice(0, 4)));
    let application: StoredApplication = {
      ...draftApplication({
        id: ulid(createdAt.getTime()),
        number: formatApplicationNumber(yanis.departement, Number(today.slice(0, 4)), sequence),
        partner: spec.partner ? (partners.get(spec.partner) ?? null) : null,
        solutionType: typeOf(spec.type),
        numeroUnique: spec.numeroUnique ?? null,
        comment: spec.by === yanisAccount ? 'Vu au forum logement de la mission locale.' : '',
        actor: spec.by,
        now: createdAt,
        today: parisDate(createdAt),
      }),
      referentId: yanis.referentId,
      coordinateurId: yanis.coordinateurId,
    };
    await housingRepo.createApplication(store, spec.by, yanis, application, createdAt);
    for (const [to, daysAgo, comment] of spec.steps) {
      const at = new Date(now.getTime() - daysAgo * DAY_MS);
      const previous = { version: application.version, status: application.status };
      application = applyTransition(application, { to, on: parisDate(at), comment: comment ?? null }, spec.by, at);
      // None of these counts as a solution (none accepted): the alert stays.
      await housingRepo.saveTransition(store, spec.by, yanis, application, previous, false, at);
    }
  }

  const linaAccount: Principal = { sub: lina.accountSub, role: 'jeune', departement: lina.departement, name: null };
  const linaProject: HousingProject = {
    ...yanisProject,
    wishedSolutionTypeIds: ['fjt'],
    wishedArea: 'Arras',
    expectedDate: lina.careEndDate,
    resources: [],
    supportNeeded: '',
    aidsRequested: [],
    startedOn: addDays(today, -3),
    updatedAt: new Date(now.getTime() - 3 * DAY_MS).toISOString(),
    sharedAt: null,
  };
  await housingRepo.saveProject(store, linaAccount, lina.id, linaProject, 0, isSharedNotNeeded(linaProject), now);
}
