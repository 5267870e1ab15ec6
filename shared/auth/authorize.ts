import { Forbidden, type ForbiddenCode, NotFound, type NotFoundCode } from '../domain/errors.js';
import {
  type Action,
  type CommitteeAction,
  type CommitteeRef,
  can,
  isArchivedFile,
  type RoleAction,
  type YouthAction,
  type YouthFileRef,
} from './policy.js';
import type { Principal } from './principal.js';

/** What a refused caller is told, when there is more to say than "not allowed". */
const DENIAL: Partial<Record<Action, ForbiddenCode>> = {
  'youth.create': 'access.adminCreatesFiles',
  'youth.readOwn': 'access.youngPeopleOnly',
  'binome.assign': 'access.adminAssignsBinome',
  'interviewSettings.write': 'access.adminSettings',
  'preparationTemplate.publish': 'access.adminSettings',
  'gridTemplate.edit': 'access.adminSettings',
  'committee.create': 'access.staffCreatesCommittees',
  'housingSettings.write': 'access.adminHousing',
  'housingPartners.write': 'access.adminHousing',
  'housingQueue.read': 'access.housingQueue',
  'housing.share': 'access.youngPersonSharesHousing',
  'staff.read': 'access.adminStaff',
  'staff.write': 'access.adminStaff',
  'dashboardSettings.write': 'access.adminStaff',
  'caseload.read': 'access.caseloadBinome',
  'indicators.read': 'access.adminIndicators',
  'checkIn.answer': 'access.checkInOwnOnly',
  'calendar.read': 'access.calendarStaff',
  'committee.organise': 'access.committeeOrganisers',
  'committee.vote': 'access.committeeMembers',
  'archive.list': 'access.adminArchives',
  'retentionSettings.read': 'access.adminArchives',
  'retentionSettings.write': 'access.adminArchives',
  'rgpdRequests.list': 'access.adminRgpdRequests',
  'rgpdRequest.make': 'access.youngPersonRgpdRequests',
};

/**
 * Asks the policy (`can`) and throws when the answer is not "allow": `Forbidden` when the
 * caller may know the object, `NotFound` (with `unknownAs`) when they may not know it exists.
 */
export function authorize(principal: Principal, action: RoleAction): void;
export function authorize(principal: Principal, action: YouthAction, file: YouthFileRef, unknownAs: NotFoundCode): void;
export function authorize(principal: Principal, action: CommitteeAction, committee: CommitteeRef, unknownAs: NotFoundCode): void;
export function authorize(principal: Principal, action: Action, object?: YouthFileRef | CommitteeRef, unknownAs?: NotFoundCode): void {
  const decision = can(principal, action, object);
  if (decision === 'notFound') throw new NotFound(unknownAs ?? 'youthFile.notFound');
  if (decision === 'forbidden') {
    // A file of the intermediate archive: say why, and what can still be done.
    if (object && 'fileState' in object && isArchivedFile(object) && action !== 'archive.open') throw new Forbidden('access.fileArchived');
    throw new Forbidden(DENIAL[action] ?? 'access.denied');
  }
}
