import type { Role } from '../../shared/auth/principal.js';
import { addDays, addMonths, addYears } from '../../shared/domain/calendar-date.js';

/** The demo accounts of `npm start`, shown on the dev login page. Fictional people. */
export interface DemoAccount {
  sub: string;
  role: Role;
  departement: string;
  name: string;
  label: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { sub: 'jeune-62-lina', role: 'jeune', departement: '62', name: 'Lina Martin', label: 'Jeune, 16 ans — Pas-de-Calais' },
  { sub: 'jeune-62-yanis', role: 'jeune', departement: '62', name: 'Yanis Benali', label: 'Jeune, 18 ans — Pas-de-Calais' },
  { sub: 'ref-62-sophie', role: 'referent', departement: '62', name: 'Sophie Lefebvre', label: 'Référente ASE — Pas-de-Calais' },
  { sub: 'ref-62-thomas', role: 'referent', departement: '62', name: 'Thomas Dubois', label: 'Référent ASE — Pas-de-Calais' },
  {
    sub: 'coord-62-karim',
    role: 'coordinateur',
    departement: '62',
    name: 'Karim Haddad',
    label: 'Coordinateur ASE en mission locale — Pas-de-Calais',
  },
  {
    sub: 'orga-62-claire',
    role: 'organisateur',
    departement: '62',
    name: 'Claire Petit',
    label: 'Organisatrice des comités de jeunes — Pas-de-Calais',
  },
  { sub: 'admin-62-nadia', role: 'admin', departement: '62', name: 'Nadia Roussel', label: 'Administratrice — Pas-de-Calais' },
  { sub: 'admin-59-paul', role: 'admin', departement: '59', name: 'Paul Lambert', label: 'Administrateur — Nord (autre département)' },
];

/**
 * What the staff directory says of the demo's staff accounts: civility, territory, date in post
 * (Thomas is in his first year, so the first-year cap applies to him) and the situations
 * each follows outside Envol.
 */
export function demoStaffDetails(
  today: string,
): Record<string, { civility: 'madame' | 'monsieur'; territory: string | null; startedOn: string; otherCaseload: number }> {
  return {
    'ref-62-sophie': { civility: 'madame', territory: 'Arrageois', startedOn: addYears(today, -6), otherCaseload: 22 },
    'ref-62-thomas': { civility: 'monsieur', territory: 'Lens-Liévin', startedOn: addMonths(today, -5), otherCaseload: 19 },
    'coord-62-karim': { civility: 'monsieur', territory: 'Arrageois', startedOn: addYears(today, -3), otherCaseload: 0 },
    'orga-62-claire': { civility: 'madame', territory: null, startedOn: addYears(today, -2), otherCaseload: 0 },
    'admin-62-nadia': { civility: 'madame', territory: null, startedOn: addYears(today, -8), otherCaseload: 0 },
    'admin-59-paul': { civility: 'monsieur', territory: null, startedOn: addYears(today, -4), otherCaseload: 0 },
  };
}

/** How the demo département answers its young people: shown in « Mon dossier » and « J'ai besoin d'aide ». */
export const DEMO_BINOME_CONTACT = {
  binomePhoneNumber: '03 21 21 62 00',
  binomeHours: 'du lundi au vendredi, de 9 h à 17 h',
  outOfHoursNumber: '03 21 21 62 62',
} as const;

/**
 * The young people of the demo département, linked to the accounts above. Their dates
 * are set from the day the demo is loaded, so that what the demo shows stays true as
 * time passes: Lina is 16 and a half (her entretien pour l'autonomie is due at 17),
 * Yanis is 18 and supported as a young adult, Emma was taken into care at 17 three
 * weeks ago (her interview is due "dans les meilleurs délais").
 */
export function demoYouth(today: string) {
  const bornAgo = (years: number, months: number) => addMonths(addYears(today, -years), -months);
  const lina = bornAgo(16, 6);
  const yanis = bornAgo(18, 5);
  const emma = bornAgo(17, 4);
  return [
    {
      firstName: 'Lina',
      lastName: 'Martin',
      birthDate: lina,
      careStartDate: addYears(lina, 10),
      careEndDate: addYears(lina, 18),
      accountSub: 'jeune-62-lina',
      referentId: 'ref-62-sophie',
      coordinateurId: 'coord-62-karim',
    },
    {
      firstName: 'Yanis',
      lastName: 'Benali',
      birthDate: yanis,
      careStartDate: addYears(yanis, 12),
      careEndDate: addMonths(today, 2),
      accountSub: 'jeune-62-yanis',
      referentId: 'ref-62-sophie',
      coordinateurId: 'coord-62-karim',
    },
    {
      firstName: 'Emma',
      lastName: 'Lefèvre',
      birthDate: emma,
      careStartDate: addDays(today, -21),
      careEndDate: null,
      accountSub: 'jeune-62-emma',
      referentId: 'ref-62-thomas',
      coordinateurId: 'coord-62-karim',
    },
  ];
}
