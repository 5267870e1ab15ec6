import { describe, expect, it } from 'vitest';
import { type Decision, type YouthAction, decideOnYouthFile } from './policy.js';
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

const actions: YouthAction[] = ['profile.read', 'profile.update', 'journal.read', 'journal.write', 'audit.read', 'export.read'];

// Expected decisions for the caller closest to the file, in its own département.
const expectedAsOwner: Record<Role, Record<YouthAction, Decision>> = {
  jeune: { 'profile.read': 'allow', 'profile.update': 'forbidden', 'journal.read': 'allow', 'journal.write': 'forbidden', 'audit.read': 'allow', 'export.read': 'allow' },
  referent: { 'profile.read': 'allow', 'profile.update': 'allow', 'journal.read': 'allow', 'journal.write': 'allow', 'audit.read': 'forbidden', 'export.read': 'forbidden' },
  coordinateur: { 'profile.read': 'allow', 'profile.update': 'allow', 'journal.read': 'allow', 'journal.write': 'allow', 'audit.read': 'forbidden', 'export.read': 'forbidden' },
  organisateur: { 'profile.read': 'notFound', 'profile.update': 'notFound', 'journal.read': 'notFound', 'journal.write': 'notFound', 'audit.read': 'notFound', 'export.read': 'notFound' },
  admin: { 'profile.read': 'allow', 'profile.update': 'allow', 'journal.read': 'allow', 'journal.write': 'forbidden', 'audit.read': 'allow', 'export.read': 'allow' },
};

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
