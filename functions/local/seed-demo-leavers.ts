import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../../shared/auth/principal.js';
import { indicatorFactsRepo } from '../../shared/db/indicator-facts-repo.js';
import { staffRepo } from '../../shared/db/staff-repo.js';
import type { Store } from '../../shared/db/store.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { addDays, addYears, parisDate } from '../../shared/domain/calendar-date.js';
import type { CheckInAnswers } from '../../shared/domain/check-ins.js';
import { AlreadyExists } from '../../shared/domain/errors.js';
import type { ExitSituation } from '../../shared/domain/exit-situation.js';

/**
 * Young people of the demo who left care this year, so that « Indicateurs de sortie » shows
 * figures and not only « < 5 »: 14 young adults who left at 19, half in the Arrageois, half
 * in Lens-Liévin, followed by two referents and a coordinatrice with no demo login (the
 * demo accounts' caseloads stay as they are). Most had their situation at exit recorded,
 * half answered the check-in of 19. Loaded once (its own marker, so that a demo loaded
 * before it gets it on the next start).
 */
const MARKER = { pk: 'D#62#DEMO', sk: 'SEEDED#LEAVERS' };

const STAFF = [
  { sub: 'ref-62-julie', firstName: 'Julie', lastName: 'Leroy', role: 'referent', territory: 'Arrageois' },
  { sub: 'ref-62-marc', firstName: 'Marc', lastName: 'Lemaire', role: 'referent', territory: 'Lens-Liévin' },
  { sub: 'coord-62-aicha', firstName: 'Aïcha', lastName: 'Benmoussa', role: 'coordinateur', territory: null },
] as const;

const NAMES = [
  ['Jade', 'Lambert'],
  ['Noah', 'Dupuis'],
  ['Chloé', 'Lemoine'],
  ['Rayan', 'Fournier'],
  ['Zoé', 'Girard'],
  ['Adam', 'Bonnet'],
  ['Manon', 'Roux'],
  ['Ethan', 'Vincent'],
  ['Sarah', 'Muller'],
  ['Liam', 'Faure'],
  ['Camille', 'André'],
  ['Nathan', 'Mercier'],
  ['Léa', 'Blanc'],
  ['Mathis', 'Guerin'],
] as const;

const stable: ExitSituation = { housing: 'logement_autonome', resources: 'revenus_activite', activity: 'emploi', healthCover: 'complete' };
const training: ExitSituation = {
  housing: 'fjt_residence_sociale',
  resources: 'allocation_ou_bourse',
  activity: 'formation',
  healthCover: 'complete',
};
const fragile: ExitSituation = { housing: 'famille_tiers', resources: 'aucune', activity: 'sans_activite', healthCover: 'partielle' };
/** Each leaver's situation at exit, in order; null: not recorded. */
const SITUATIONS: readonly (ExitSituation | null)[] = [
  stable,
  training,
  stable,
  training,
  stable,
  fragile,
  stable,
  training,
  null,
  stable,
  training,
  fragile,
  null,
  null,
];

/** Each leaver's check-in of 19: answered, declined, or not yet (undefined). */
function checkInOf(index: number, situation: ExitSituation | null): CheckInAnswers | 'declined' | undefined {
  if (index % 2 === 0) return { ...(situation ?? stable), someoneToCountOn: index % 4 === 0 ? 'oui' : 'non' };
  if (index === 3 || index === 9) return 'declined';
  return undefined;
}

/** Loads the leavers once; returns false when they were there already. */
export async function seedDemoLeavers(store: Store, admin: Principal, now: Date): Promise<boolean> {
  try {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { ...MARKER, type: 'demoMarker', at: now.toISOString() },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
  for (const member of STAFF) {
    try {
      await staffRepo.create(store, admin.departement, { ...member, startedOn: addYears(parisDate(now), -4), otherCaseload: 20 }, now);
    } catch (error) {
      if (!(error instanceof AlreadyExists)) throw error;
    }
  }
  const today = parisDate(now);
  const yearStart = `${today.slice(0, 4)}-01-01`;
  for (const [index, [firstName, lastName]] of NAMES.entries()) {
    // Spread over the months before today, never before 1 January: all in this year's table.
    const left = addDays(today, -(9 * index + 1));
    const careEndDate = left < yearStart ? yearStart : left;
    const youth = await youthRepo.create(
      store,
      admin,
      {
        firstName,
        lastName,
        birthDate: addYears(careEndDate, -19),
        careEndDate,
        accountSub: `jeune-62-sortie-${index + 1}`,
        referentId: STAFF[index % 2]?.sub ?? 'ref-62-julie',
        coordinateurId: 'coord-62-aicha',
      },
      now,
    );
    const situation = SITUATIONS[index] ?? null;
    if (situation) await youthRepo.update(store, admin, youth, { version: youth.version, exitSituation: situation }, now);
    const checkIn = checkInOf(index, situation);
    if (checkIn === 'declined')
      await indicatorFactsRepo.recordCheckIn(store, admin.departement, youth.id, 19, { status: 'declined', on: careEndDate });
    else if (checkIn)
      await indicatorFactsRepo.recordCheckIn(store, admin.departement, youth.id, 19, {
        status: 'answered',
        on: careEndDate,
        answers: checkIn,
      });
  }
  return true;
}
