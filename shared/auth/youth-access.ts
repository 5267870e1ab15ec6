import type { AuditAction } from '../db/audit-repo.js';
import { auditRepo } from '../db/audit-repo.js';
import { type YouthRecord, youthRepo } from '../db/youth-repo.js';
import type { Deps } from '../http/app-env.js';
import { Forbidden, NotFound } from '../http/errors.js';
import { decideOnYouthFile, isAuditedAccess, type YouthAction } from './policy.js';
import type { Principal } from './principal.js';

const NOT_FOUND_MESSAGE = 'Ce dossier est introuvable.';

/**
 * Loads a young person's file for `action` and checks the caller may do it: 404 when
 * the caller may not know the file exists, 403 when they know it but may not act.
 * For a read by staff, the audit entry is written before anything is returned.
 * Writes record their audit entry in their own transaction (`auditRead: false`).
 */
export async function openYouthFile(
  deps: Deps,
  principal: Principal,
  youthId: string,
  action: YouthAction,
  options: { auditRead: boolean } = { auditRead: true },
): Promise<YouthRecord> {
  // The key carries the caller's département: another département's file is simply not there.
  const record = await youthRepo.get(deps.store, principal.departement, youthId);
  if (!record) throw new NotFound(NOT_FOUND_MESSAGE);
  const decision = decideOnYouthFile(principal, action, record);
  if (decision === 'notFound') throw new NotFound(NOT_FOUND_MESSAGE);
  if (decision === 'forbidden') throw new Forbidden();
  if (options.auditRead && isAuditedAccess(principal)) {
    await auditRepo.record(deps.store, principal, youthId, action as AuditAction, deps.now());
  }
  return record;
}
