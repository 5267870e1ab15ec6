import { type CommitteeRecord, committeeRepo, type MemberRecord } from '../db/committee-repo.js';
import { youthRepo } from '../db/youth-repo.js';
import type { NotFoundCode } from '../domain/errors.js';
import { Forbidden, NotFound } from '../domain/errors.js';
import type { Deps } from '../http/app-env.js';
import { authorize } from './authorize.js';
import { type CommitteeAction, type CommitteeRelation, relationToCommittee } from './policy.js';
import type { Principal } from './principal.js';

export interface OpenedCommittee {
  committee: CommitteeRecord;
  relation: Exclude<CommitteeRelation, 'none'>;
  /** The caller's membership when the caller is a member. */
  member: MemberRecord | null;
}

const UNKNOWN: NotFoundCode = 'committee.notFound';

/**
 * Loads a committee and asks the policy whether the caller may do `action` on it: its
 * organisateur and the département's admins organise, its members read and vote. Anyone
 * else gets 404, as if it did not exist.
 */
export async function openCommittee(
  deps: Deps,
  principal: Principal,
  committeeId: string,
  action: CommitteeAction,
): Promise<OpenedCommittee> {
  const committee = await committeeRepo.get(deps.store, principal.departement, committeeId);
  if (!committee) throw new NotFound(UNKNOWN);
  let member: MemberRecord | null = null;
  if (principal.role === 'jeune') {
    const youth = await youthRepo.getByAccount(deps.store, principal.departement, principal.sub);
    member = youth ? await committeeRepo.getMember(deps.store, principal.departement, committeeId, youth.id) : null;
  }
  const ref = { ...committee, callerIsMember: member !== null };
  authorize(principal, action, ref, UNKNOWN);
  const relation = relationToCommittee(principal, committee, ref.callerIsMember);
  if (relation === 'none') throw new NotFound(UNKNOWN);
  return { committee, relation, member };
}

/** The caller's membership, once `committee.vote` is allowed (the policy allows it to members only). */
export function membershipOf(opened: OpenedCommittee): MemberRecord {
  if (!opened.member) throw new Forbidden('access.committeeMembers');
  return opened.member;
}
