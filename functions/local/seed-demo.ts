import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../../shared/auth/principal.js';
import { journalRepo } from '../../shared/db/journal-repo.js';
import { staffRepo } from '../../shared/db/staff-repo.js';
import type { Store } from '../../shared/db/store.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { AlreadyExists } from '../../shared/domain/errors.js';
import { STAFF_DIRECTORY_ROLES, type StaffRole } from '../../shared/domain/staff.js';
import { DEMO_ACCOUNTS, DEMO_BINOME_CONTACT, demoStaffDetails, demoYouth } from './demo-accounts.js';
import { seedDemoActivity } from './seed-demo-activity.js';

/** The demo's département (Pas-de-Calais). */
export const DEMO_DEPARTEMENT = '62';
const DEMO_MARKER = { pk: 'D#62#DEMO', sk: 'SEEDED' };

/** The demo account `sub` as a signed-in principal. */
export function demoPrincipal(sub: string): Principal {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.sub === sub);
  if (!account) throw new Error(`Unknown demo account ${sub}`);
  return { sub: account.sub, role: account.role, departement: account.departement, name: account.name };
}

const isStaffRole = (role: string): role is StaffRole => (STAFF_DIRECTORY_ROLES as readonly string[]).includes(role);

/**
 * Puts the demo's staff accounts in their département's directory, on every start: a demo
 * loaded before the directory existed gets its staff too; an account already there is kept.
 */
export async function registerDemoStaff(store: Store, now: Date): Promise<void> {
  const details = demoStaffDetails(parisDate(now));
  for (const account of DEMO_ACCOUNTS) {
    if (!isStaffRole(account.role)) continue;
    const [firstName = account.name, ...lastName] = account.name.split(' ');
    try {
      await staffRepo.create(
        store,
        account.departement,
        { sub: account.sub, firstName, lastName: lastName.join(' '), role: account.role, ...details[account.sub] },
        now,
      );
    } catch (error) {
      if (!(error instanceof AlreadyExists)) throw error;
    }
  }
}

/**
 * Loads the demo département (62) the first time only: a marker item, written
 * first under a condition, makes a second run do nothing. `withActivity` adds
 * interviews, a plan and a committee with consultations (npm start).
 */
export async function seedDemo(store: Store, now: Date, options: { withActivity?: boolean } = {}): Promise<boolean> {
  await registerDemoStaff(store, now);
  try {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { ...DEMO_MARKER, type: 'demoMarker', at: now.toISOString() },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
  const admin = demoPrincipal('admin-62-nadia');
  const dashboardSettings = await staffRepo.getSettings(store, '62');
  await staffRepo.putSettings(store, '62', { ...dashboardSettings, ...DEMO_BINOME_CONTACT }, now);
  const [lina, yanis, emma] = await Promise.all(demoYouth(parisDate(now)).map((youth) => youthRepo.create(store, admin, youth, now)));
  if (lina && yanis && emma && options.withActivity) {
    await seedDemoActivity(
      store,
      {
        sophie: demoPrincipal('ref-62-sophie'),
        karim: demoPrincipal('coord-62-karim'),
        claire: demoPrincipal('orga-62-claire'),
        nadia: admin,
      },
      { lina, yanis, emma },
      now,
    );
  }
  if (lina) {
    const sophie = demoPrincipal('ref-62-sophie');
    await journalRepo.add(
      store,
      sophie,
      lina.id,
      { text: 'Rendez-vous pris avec la mission locale le 3 décembre pour parler de ton projet de CAP.', visibleToYouth: true },
      now,
    );
    await journalRepo.add(
      store,
      sophie,
      lina.id,
      { text: 'Point d’équipe : vérifier le dossier de bourse avant janvier.', visibleToYouth: false },
      now,
    );
  }
  return true;
}
