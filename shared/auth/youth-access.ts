import { type AuditAction, auditRepo } from '../db/audit-repo.js';
import { type YouthRecord, youthRepo } from '../db/youth-repo.js';
import { NotFound } from '../domain/errors.js';
import type { Deps } from '../http/app-env.js';
import { authorize } from './authorize.js';
import { noteOpenedFile } from './opened-files.js';
import { isAuditedAccess, type YouthAction } from './policy.js';
import type { Principal } from './principal.js';
import { noteYoungPersonContact } from './young-person-contact.js';

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
  const record = await authorizedYouthFile(deps, principal, youthId, action);
  noteOpenedFile(youthId, action);
  await noteYoungPersonContact(deps, principal, record);
  if (!options && isAuditedAccess(principal)) {
    // Only the first overload reaches here without options, so `action` is a read.
    await auditRepo.record(deps.store, principal, youthId, action as YouthReadAction, deps.now());
  }
  return record;
}

/**
 * The file as it is now, once the policy lets `principal` do `action` on it: 404 when the
 * caller may not know it exists, 403 when they know it but may not act. Nothing is recorded:
 * what a replayed answer (Idempotency-Key) is checked against, as `openYouthFile` is.
 */
export async function authorizedYouthFile(deps: Pick<Deps, 'store'>, principal: Principal, youthId: string, action: YouthAction) {
  // The key carries the caller's département: another département's file is simply not there.
  const record = await youthRepo.get(deps.store, principal.departement, youthId);
  if (!record) throw new NotFound('youthFile.notFound');
  authorize(principal, action, record, 'youthFile.notFound');
  return record;
}

/** What a file's data is read by: its département (the caller's, as in every key) and its id. */
export type YouthFileKey = Pick<YouthRecord, 'departement' | 'id'>;

/**
 * Opens a file for a read whose audit entry depends on what it returned: loads the data
 * with `load`, then records the read, marked `nothingSeen` when `sawNothing` says the
 * caller got nothing of the young person's (so « Qui a consulté mon dossier » never claims
 * a look at what was not there or not shared), and only then returns the data.
 *
 * The data is read at the same time as the profile, not after it: a page's reads need not
 * wait for each other. The order that matters is kept: nothing is returned and no audit
 * entry written before the profile says the caller may read the file (otherwise 404 or
 * 403, and whatever was read is dropped). A `load` that needs more of the profile than
 * its key awaits `profile`, which settles once the caller is authorised.
 */
export async function readYouthFile<T>(
  deps: Deps,
  principal: Principal,
  youthId: string,
  action: YouthReadAction,
  load: (file: YouthFileKey, profile: Promise<YouthRecord>) => Promise<T>,
  sawNothing: (data: T) => boolean,
): Promise<{ record: YouthRecord; data: T }> {
  const opened = openYouthFile(deps, principal, youthId, action, { auditRead: false });
  const loading = load({ departement: principal.departement, id: youthId }, opened);
  // Awaited below unless the file is refused; then its outcome is dropped, never left unhandled.
  loading.catch(() => undefined);
  const record = await opened;
  const audited = isAuditedAccess(principal);
  let data: T;
  try {
    data = await loading;
  } catch (error) {
    // The attempt stays in the DPO's log even when the read fails (an unknown evaluation, a
    // database down): best effort, the read's own error is the one answered.
    if (audited) await auditRepo.record(deps.store, principal, youthId, action, deps.now(), true).catch(() => undefined);
    throw error;
  }
  if (audited) await auditRepo.record(deps.store, principal, youthId, action, deps.now(), sawNothing(data));
  return { record, data };
}
