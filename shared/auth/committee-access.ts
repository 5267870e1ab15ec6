import { type CommitteeRecord, committeeRepo, type MemberRecord } from '../db/committee-repo.js';
import { youthRepo } from '../db/youth-repo.js';
import type { Deps } from '../http/app-env.js';
import { Forbidden, NotFound } from '../http/errors.js';
import type { Principal } from './principal.js';

/** How the caller relates to a committee. */
export type CommitteeRelation = 'organiser' | 'departementAdmin' | 'member' | 'none';

/** The caller's relation, given the committee and, for a young person, their membership. */
export function relationToCommittee(
  principal: Principal,
  committee: Pick<CommitteeRecord, 'departement' | 'organiserSub'>,
  isMember: boolean,
): CommitteeRelation {
  if (principal.departement !== committee.departement) return 'none';
  if (principal.role === 'admin') return 'departementAdmin';
  if (principal.role === 'organisateur') return principal.sub === committee.organiserSub ? 'organiser' : 'none';
  if (principal.role === 'jeune') return isMember ? 'member' : 'none';
  return 'none';
}

export interface OpenedCommittee {
  committee: CommitteeRecord;
  relation: Exclude<CommitteeRelation, 'none'>;
  /** The caller's membership when the caller is a member. */
  member: MemberRecord | null;
}

const NOT_FOUND = 'Ce comité est introuvable.';

/**
 * Loads a committee the caller may know: its organisateur, the département's admins
 * and its members. Anyone else gets 404, as if it did not exist.
 */
export async function openCommittee(deps: Deps, principal: Principal, committeeId: string): Promise<OpenedCommittee> {
  const committee = await committeeRepo.get(deps.store, principal.departement, committeeId);
  if (!committee) throw new NotFound(NOT_FOUND);
  let member: MemberRecord | null = null;
  if (principal.role === 'jeune') {
    const youth = await youthRepo.getByAccount(deps.store, principal.departement, principal.sub);
    member = youth ? await committeeRepo.getMember(deps.store, principal.departement, committeeId, youth.id) : null;
  }
  const relation = relationToCommittee(principal, committee, member !== null);
  if (relation === 'none') throw new NotFound(NOT_FOUND);
  return { committee, relation, member };
}

/** Organising actions: the committee's organisateur or an admin. */
export function requireOrganiser(opened: OpenedCommittee): void {
  if (opened.relation === 'member') throw new Forbidden('Seuls les organisateurs du comité peuvent faire cela.');
}

/** Voting and feedback: members only. */
export function requireMember(opened: OpenedCommittee): MemberRecord {
  if (!opened.member) throw new Forbidden('Seuls les membres du comité votent.');
  return opened.member;
}
