import { describe, expect, it } from 'vitest';
import {
  type CommitteeAction,
  type CommitteeRef,
  can,
  type Decision,
  decideOnYouthFile,
  type RoleAction,
  type YouthAction,
} from './policy.js';
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
  'journal.write': ['allow', 'allow', 'allow', 'notFound', 'forbidden'],
  'audit.read': ['allow', 'forbidden', 'forbidden', 'notFound', 'allow'],
  'export.read': ['allow', 'forbidden', 'forbidden', 'notFound', 'allow'],
  'interview.read': ['allow', 'allow', 'allow', 'notFound', 'allow'],
  'interview.write': ['forbidden', 'allow', 'allow', 'notFound', 'forbidden'],
  'preparation.read': ['allow', 'allow', 'allow', 'notFound', 'allow'],
  'preparation.write': ['allow', 'forbidden', 'forbidden', 'notFound', 'forbidden'],
  'plan.read': ['allow', 'allow', 'allow', 'notFound', 'allow'],
  'plan.write': ['forbidden', 'allow', 'allow', 'notFound', 'forbidden'],
  'plan.respond': ['allow', 'forbidden', 'forbidden', 'notFound', 'forbidden'],
  'rgpdRequest.make': ['allow', 'forbidden', 'forbidden', 'notFound', 'forbidden'],
  'rgpdRequest.read': ['allow', 'allow', 'allow', 'notFound', 'allow'],
  'rgpdRequest.answer': ['forbidden', 'allow', 'allow', 'notFound', 'allow'],
  'grid.read': ['allow', 'allow', 'allow', 'notFound', 'allow'],
  // Staff never reach a self-assessment before it is sent.
  'grid.selfAssess': ['allow', 'forbidden', 'forbidden', 'notFound', 'forbidden'],
  'grid.assess': ['forbidden', 'allow', 'allow', 'notFound', 'forbidden'],
  'grid.decide': ['forbidden', 'allow', 'allow', 'notFound', 'forbidden'],
  'housing.read': ['allow', 'allow', 'allow', 'notFound', 'allow'],
  'housing.edit': ['allow', 'allow', 'allow', 'notFound', 'forbidden'],
  'housing.share': ['allow', 'forbidden', 'forbidden', 'notFound', 'forbidden'],
  'housing.transition': ['forbidden', 'allow', 'allow', 'notFound', 'forbidden'],
  'support.read': ['allow', 'allow', 'allow', 'notFound', 'allow'],
  'support.request': ['allow', 'allow', 'allow', 'notFound', 'forbidden'],
  'support.decide': ['forbidden', 'forbidden', 'forbidden', 'notFound', 'allow'],
  'trustedPerson.write': ['allow', 'allow', 'allow', 'notFound', 'forbidden'],
  'help.raise': ['allow', 'forbidden', 'forbidden', 'notFound', 'forbidden'],
  'help.read': ['allow', 'allow', 'allow', 'notFound', 'allow'],
  'help.acknowledge': ['forbidden', 'allow', 'allow', 'notFound', 'forbidden'],
  'reminders.read': ['allow', 'allow', 'allow', 'notFound', 'allow'],
  // The check-ins' answers are the young person's: no staff relation reads or writes them.
  'checkIn.answer': ['allow', 'forbidden', 'forbidden', 'notFound', 'forbidden'],
  // Deadline alerts are the binôme's work list: the young person is not shown them.
  'alert.read': ['forbidden', 'allow', 'allow', 'notFound', 'allow'],
  'alert.acknowledge': ['forbidden', 'allow', 'allow', 'notFound', 'forbidden'],
  // On an active file the route answers 409 (not archived); the policy lets the admin ask.
  'archive.open': ['forbidden', 'forbidden', 'forbidden', 'notFound', 'allow'],
  'archive.reopen': ['allow', 'forbidden', 'forbidden', 'notFound', 'allow'],
  'archive.handOver': ['forbidden', 'forbidden', 'forbidden', 'notFound', 'allow'],
  'archive.destroy': ['forbidden', 'forbidden', 'forbidden', 'notFound', 'allow'],
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

describe('decideOnYouthFile, on a file of the intermediate archive', () => {
  const archived = { ...file, fileState: 'archive_intermediaire' as const };
  const readsAndExport: YouthAction[] = ['profile.read', 'journal.read', 'audit.read', 'export.read', 'plan.read', 'support.read'];

  it('lets the young person read and export it, ask for support or help again and reopen it, and write nothing else', () => {
    const youth = principal('jeune', ownerSub.jeune, '62');
    for (const action of [
      ...readsAndExport,
      'support.request',
      'help.raise',
      'archive.reopen',
      'rgpdRequest.make',
      'rgpdRequest.read',
    ] as YouthAction[]) {
      expect(decideOnYouthFile(youth, action, archived)).toBe('allow');
    }
    for (const action of ['journal.write', 'preparation.write', 'plan.respond', 'housing.edit', 'checkIn.answer'] as YouthAction[]) {
      expect(decideOnYouthFile(youth, action, archived)).toBe('forbidden');
    }
  });

  it('hides it from the binôme altogether', () => {
    for (const role of ['referent', 'coordinateur'] as Role[]) {
      for (const action of actions) expect(decideOnYouthFile(principal(role, ownerSub[role], '62'), action, archived)).toBe('notFound');
    }
  });

  it('lets an admin only open it (with a reason, at the route), reopen it, hand it over or destroy it, or read and answer its RGPD requests', () => {
    const admin = principal('admin', ownerSub.admin, '62');
    const allowed = actions.filter((action) => decideOnYouthFile(admin, action, archived) === 'allow');
    expect(allowed.sort()).toEqual([
      'archive.destroy',
      'archive.handOver',
      'archive.open',
      'archive.reopen',
      'rgpdRequest.answer',
      'rgpdRequest.read',
    ]);
    expect(decideOnYouthFile(principal('admin', ownerSub.admin, '59'), 'archive.open', archived)).toBe('notFound');
  });
});

describe('decideOnYouthFile, on a file handed over or destroyed', () => {
  it('hides it from everyone, the young person included; an admin may only finish its erasure', () => {
    for (const fileState of ['verse_aux_archives', 'detruit'] as const) {
      const gone = { ...file, fileState };
      for (const role of roleOrder) {
        const allowed = actions.filter((action) => decideOnYouthFile(principal(role, ownerSub[role], '62'), action, gone) !== 'notFound');
        expect(allowed.sort()).toEqual(role === 'admin' ? ['archive.destroy', 'archive.handOver'] : []);
      }
    }
  });
});

describe('can, for actions the role alone decides', () => {
  // One column per role: jeune, referent, coordinateur, organisateur, admin.
  const roleTable: Record<RoleAction, [Decision, Decision, Decision, Decision, Decision]> = {
    'youth.create': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'youth.list': ['forbidden', 'allow', 'allow', 'forbidden', 'allow'],
    'youth.readOwn': ['allow', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
    'interviewSettings.read': ['allow', 'allow', 'allow', 'allow', 'allow'],
    'interviewSettings.write': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'preparationTemplate.read': ['allow', 'allow', 'allow', 'allow', 'allow'],
    'preparationTemplate.publish': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'gridTemplate.read': ['allow', 'allow', 'allow', 'allow', 'allow'],
    'gridTemplate.edit': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'committee.create': ['forbidden', 'forbidden', 'forbidden', 'allow', 'allow'],
    'committee.list': ['allow', 'forbidden', 'forbidden', 'allow', 'allow'],
    'committee.votesWaiting': ['allow', 'forbidden', 'forbidden', 'forbidden', 'forbidden'],
    'committeeSettings.read': ['allow', 'allow', 'allow', 'allow', 'allow'],
    'committeeSettings.write': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'housingSettings.read': ['allow', 'allow', 'allow', 'allow', 'allow'],
    'housingSettings.write': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'housingPartners.read': ['allow', 'allow', 'allow', 'allow', 'allow'],
    'housingPartners.write': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'housingQueue.read': ['forbidden', 'allow', 'allow', 'forbidden', 'allow'],
    'staff.read': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'staff.write': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'dashboardSettings.read': ['allow', 'allow', 'allow', 'allow', 'allow'],
    'dashboardSettings.write': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'caseload.read': ['forbidden', 'allow', 'allow', 'forbidden', 'forbidden'],
    'reminders.ownChannels': ['allow', 'allow', 'allow', 'allow', 'allow'],
    'reminderSettings.read': ['allow', 'allow', 'allow', 'allow', 'allow'],
    'reminderSettings.write': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'reminders.failures': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'indicators.read': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'calendar.read': ['forbidden', 'allow', 'allow', 'forbidden', 'allow'],
    'archive.list': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'retentionSettings.read': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'retentionSettings.write': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
    'rgpdRequests.list': ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'allow'],
  };
  for (const action of Object.keys(roleTable) as RoleAction[]) {
    roleOrder.forEach((role, column) => {
      it(`${role}, ${action}: ${roleTable[action][column]}`, () => {
        expect(can(principal(role, ownerSub[role], '62'), action)).toBe(roleTable[action][column]);
      });
    });
  }
});

describe('can, on a committee', () => {
  const committee = { departement: '62', organiserSub: 'orga-1', callerIsMember: false };
  const asMember = { ...committee, callerIsMember: true };
  const cases: [string, Principal, CommitteeRef, Record<CommitteeAction, Decision>][] = [
    [
      'its organisateur',
      principal('organisateur', 'orga-1', '62'),
      committee,
      { 'committee.read': 'allow', 'committee.organise': 'allow', 'committee.vote': 'forbidden' },
    ],
    [
      'an admin of the département',
      principal('admin', 'admin-1', '62'),
      committee,
      { 'committee.read': 'allow', 'committee.organise': 'allow', 'committee.vote': 'forbidden' },
    ],
    [
      'a member',
      principal('jeune', 'jeune-1', '62'),
      asMember,
      { 'committee.read': 'allow', 'committee.organise': 'forbidden', 'committee.vote': 'allow' },
    ],
    [
      'a young person who is not a member',
      principal('jeune', 'jeune-1', '62'),
      committee,
      { 'committee.read': 'notFound', 'committee.organise': 'notFound', 'committee.vote': 'notFound' },
    ],
    [
      'another organisateur',
      principal('organisateur', 'orga-2', '62'),
      committee,
      { 'committee.read': 'notFound', 'committee.organise': 'notFound', 'committee.vote': 'notFound' },
    ],
    [
      'an admin of another département',
      principal('admin', 'admin-1', '59'),
      committee,
      { 'committee.read': 'notFound', 'committee.organise': 'notFound', 'committee.vote': 'notFound' },
    ],
    [
      'a member claimed from another département',
      principal('jeune', 'jeune-1', '59'),
      asMember,
      { 'committee.read': 'notFound', 'committee.organise': 'notFound', 'committee.vote': 'notFound' },
    ],
    [
      'a referent',
      principal('referent', 'ref-1', '62'),
      committee,
      { 'committee.read': 'notFound', 'committee.organise': 'notFound', 'committee.vote': 'notFound' },
    ],
  ];
  for (const [who, caller, ref, expected] of cases) {
    for (const action of Object.keys(expected) as CommitteeAction[]) {
      it(`${who}, ${action}: ${expected[action]}`, () => {
        expect(can(caller, action, ref)).toBe(expected[action]);
      });
    }
  }
});
