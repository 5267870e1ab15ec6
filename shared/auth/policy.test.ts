import { describe, expect, it } from 'vitest';
import { type Decision, decideOnYouthFile, type YouthAction } from './policy.js';
import type { Principal, Role } from './principal.js';

const file = { departement: '62', accountSub: 'jeune-1', referentId: 'ref-1', coordinateurId: 'coord-1' };

/** The sub that puts each role in the closest possible relation to the file. */
const ownerSub: Record<Role, string> = {
  jeune: 'jeune-1',
  referent: 'ref-1',
  coordinateur: 'coord-1',
  organisateur: 'orga-1',
  admin: 'admin-1',
};

// Expected decisions for the caller closest to the file, in its own département,
// one column per role: jeune, referent, coordinateur, organisateur, admin.
const table: Record<YouthAction, [Decision, Decision, Decision, Decision, Decision]> = {
  'profile.read': ['allow', 'allow', 'allow', 'notFound', 'allow'],
  'profile.update': ['forbidden', 'allow', 'allow', 'notFound', 'allow'],
  'binome.assign': ['forbidden', 'forbidden', 'forbidden', 'notFound', 'allow'],
  'journal.read': ['allow', 'allow', 'allow', 'notFound', 'allow'],
  'journal.write': ['forbidden', 'allow', 'allow', 'notFound', 'forbidden'],
  'audit.read': ['allow', 'forbidden', 'forbidden', 'notFound', 'allow'],
  'export.read': ['allow', 'forbidden', 'forbidden', 'notFound', 'allow'],
  'interview.read': ['allow', 'allow', 'allow', 'notFound', 'allow'],
  'interview.write': ['forbidden', 'allow', 'allow', 'notFound', 'forbidden'],
  'preparation.read': ['allow', 'allow', 'allow', 'notFound', 'allow'],
  'preparation.write': ['allow', 'forbidden', 'forbidden', 'notFound', 'forbidden'],
  'plan.read': ['allow', 'allow', 'allow', 'notFound', 'allow'],
  'plan.write': ['forbidden', 'allow', 'allow', 'notFound', 'forbidden'],
  'plan.respond': ['allow', 'forbidden', 'forbidden', 'notFound', 'forbidden'],
};
const roleOrder: Role[] = ['jeune', 'referent', 'coordinateur', 'organisateur', 'admin'];
const actions = Object.keys(table) as YouthAction[];
const expectedAsOwner = Object.fromEntries(
  roleOrder.map((role, column) => [role, Object.fromEntries(actions.map((action) => [action, table[action][column]]))]),
) as Record<Role, Record<YouthAction, Decision>>;

function principal(role: Role, sub: string, departement: string): Principal {
  return { role, sub, departement, name: null };
}

describe('decideOnYouthFile', () => {
  for (const role of Object.keys(expectedAsOwner) as Role[]) {
    for (const action of actions) {
      it(`${role} closest to the file, same département, ${action}: ${expectedAsOwner[role][action]}`, () => {
        expect(decideOnYouthFile(principal(role, ownerSub[role], '62'), action, file)).toBe(expectedAsOwner[role][action]);
      });

      const strangerExpected = role === 'admin' ? expectedAsOwner.admin[action] : 'notFound';
      it(`${role} unrelated to the file, same département, ${action}: ${strangerExpected}`, () => {
        expect(decideOnYouthFile(principal(role, 'someone-else', '62'), action, file)).toBe(strangerExpected);
      });

      it(`${role} of another département with the same sub, ${action}: notFound`, () => {
        expect(decideOnYouthFile(principal(role, ownerSub[role], '59'), action, file)).toBe('notFound');
      });
    }
  }

  it('does not give a referent access through the coordinateur slot', () => {
    const swapped = { ...file, referentId: 'other', coordinateurId: 'ref-1' };
    expect(decideOnYouthFile(principal('referent', 'ref-1', '62'), 'profile.read', swapped)).toBe('notFound');
  });
});
