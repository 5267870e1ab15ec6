import { describe, expect, it } from 'vitest';
import { relationToCommittee } from './policy.js';
import type { Principal, Role } from './principal.js';

const committee = { departement: '62', organiserSub: 'orga-1' };
const who = (role: Role, sub: string, departement = '62'): Principal => ({ role, sub, departement, name: null });

describe('relationToCommittee', () => {
  it.each([
    ['its organisateur', who('organisateur', 'orga-1'), false, 'organiser'],
    ['another organisateur', who('organisateur', 'orga-2'), false, 'none'],
    ['an admin of the département', who('admin', 'a'), false, 'departementAdmin'],
    ['an admin of another département', who('admin', 'a', '59'), false, 'none'],
    ['its organisateur’s sub in another département', who('organisateur', 'orga-1', '59'), false, 'none'],
    ['a member', who('jeune', 'j'), true, 'member'],
    ['a young person who is not a member', who('jeune', 'j'), false, 'none'],
    ['a member claimed from another département', who('jeune', 'j', '59'), true, 'none'],
    ['a referent', who('referent', 'r'), false, 'none'],
    ['a coordinateur', who('coordinateur', 'c'), false, 'none'],
  ])('gives %s the relation %s', (_label, principal, isMember, expected) => {
    expect(relationToCommittee(principal, committee, isMember)).toBe(expected);
  });
});
