import type { Role } from '../../shared/auth/principal.js';

/** The demo accounts of `npm start`, shown on the dev login page. Fictional people. */
export interface DemoAccount {
  sub: string;
  role: Role;
  departement: string;
  name: string;
  label: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { sub: 'jeune-62-lina', role: 'jeune', departement: '62', name: 'Lina Martin', label: 'Jeune, 17 ans — Pas-de-Calais' },
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

/** The young people of the demo département, linked to the accounts above. */
export const DEMO_YOUTH = [
  {
    firstName: 'Lina',
    lastName: 'Martin',
    birthDate: '2009-03-12',
    careEndDate: '2027-03-12',
    accountSub: 'jeune-62-lina',
    referentId: 'ref-62-sophie',
    coordinateurId: 'coord-62-karim',
  },
  {
    firstName: 'Yanis',
    lastName: 'Benali',
    birthDate: '2008-07-02',
    careEndDate: '2027-01-31',
    accountSub: 'jeune-62-yanis',
    referentId: 'ref-62-sophie',
    coordinateurId: 'coord-62-karim',
  },
  {
    firstName: 'Emma',
    lastName: 'Lefèvre',
    birthDate: '2010-02-28',
    careEndDate: null,
    accountSub: 'jeune-62-emma',
    referentId: 'ref-62-thomas',
    coordinateurId: 'coord-62-karim',
  },
] as const;
