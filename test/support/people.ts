import type { Caller } from './harness.js';

/** The cast of the integration tests: one binôme in 62, strangers, and 59. */
export const people = {
  admin: { sub: 'admin-62', role: 'admin', departement: '62', name: 'Nadia Roussel' },
  referent: { sub: 'ref-62-a', role: 'referent', departement: '62', name: 'Sophie Lefebvre' },
  coordinateur: { sub: 'coord-62-a', role: 'coordinateur', departement: '62', name: 'Karim Haddad' },
  youth: { sub: 'jeune-62-a', role: 'jeune', departement: '62', name: 'Lina Martin' },
  otherReferent: { sub: 'ref-62-b', role: 'referent', departement: '62', name: 'Thomas Dubois' },
  otherCoordinateur: { sub: 'coord-62-b', role: 'coordinateur', departement: '62' },
  otherYouth: { sub: 'jeune-62-b', role: 'jeune', departement: '62' },
  organisateur: { sub: 'orga-62', role: 'organisateur', departement: '62' },
  admin59: { sub: 'admin-59', role: 'admin', departement: '59' },
  referent59SameSub: { sub: 'ref-62-a', role: 'referent', departement: '59' },
} satisfies Record<string, Caller>;

let counter = 0;

/** A new young person's creation body, in the binôme above unless told otherwise. */
export function newYouth(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    firstName: 'Lina',
    lastName: `Martin${counter}`,
    birthDate: '2009-03-12',
    careEndDate: '2027-03-12',
    accountSub: `jeune-62-${counter}-${Date.now()}`,
    referentId: people.referent.sub,
    coordinateurId: people.coordinateur.sub,
    ...overrides,
  };
}
