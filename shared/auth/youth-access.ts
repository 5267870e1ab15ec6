import { type AuditAction, auditRepo } from '../db/audit-repo.js';
import { type YouthRecord, youthRepo } from '../db/youth-repo.js';
import { NotFound } from '../domain/errors.js';
import type { Deps } from '../http/app-env.js';
import { authorize } from './authorize.js';
import { isAuditedAccess, type YouthAction } from './policy.js';
import type { Principal } from './principal.js';

/** The actions that read a file: each is also the name of its audit entry. */
export type YouthReadAction = Extract<YouthAction, AuditAction>;

/**
 * Loads a young person's file for `action` and checks the caller may do it: 404 when
 * the caller may not know the file exists, 403 when they know it but may not act.
 * A read by staff is written to the audit log before anything is returned. Any other
 * action says `{ auditRead: false }`: writes record their audit entry in their own
 * transaction, and the young person's own actions are not staff access.
 */
export async function openYouthFile(deps: Deps, principal: Principal, youthId: string, action: YouthReadAction): Promise<YouthRecord>;
export async function openYouthFile(
  deps: Deps,
  principal: Principal,
  youthId: string,
  action: YouthAction,
  options: { auditRead: false },
): Promise<YouthRecord>;
export async function openYouthFile(
  deps: Deps,
  principal: Principal,
  youthId: string,
  action: YouthAction,
  options?: { auditRead: false },
): Promise<YouthRecord> {
  // The key carries the caller's département: another département's file is simply not there.
  const record = await youthRepo.get(deps.store, principal.departement, youthId);
  if (!record) throw new NotFound('youthFile.notFound');
  authorize(principal, action, record, 'youthFile.notFound');
  if (!options && isAuditedAccess(principal)) {
    // Only the first overload reaches here without options, so `action` is a read.
    await auditRepo.record(deps.store, principal, youthId, action as YouthReadAction, deps.now());
  }
  return record;
}

/**
 * Opens a file for a read whose audit entry depends on what it returned: loads the data
 * with `load`, then records the read, marked `nothingSeen` when `sawNothing` says the
 * caller got nothing of the young person's (so « Qui a consulté mon dossier » never claims
 * a look at what was not there or not shared), and only then returns the data.
 */
export async function readYouthFile<T>(
  deps: Deps,
  principal: Principal,
  youthId: string,
  action: YouthReadAction,
  load: (record: YouthRecord) => Promise<T>,
  sawNothing: (data: T) => boolean,
): Promise<{ record: YouthRecord; data: T }> {
  const record = await openYouthFile(deps, principal, youthId, action, { auditRead: false });
  const data = await load(record);
  if (isAuditedAccess(principal)) {
    await auditRepo.record(deps.store, principal, youthId, action, deps.now(), sawNothing(data));
  }
  return { record, data };
}
