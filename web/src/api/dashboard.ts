import type { HelpReason } from '../../../shared/domain/help.js';
import type { DraftRequest } from '../lib/draft-box';
import { type DownloadedFile, request, requestFile } from './client';
import type {
  CalendarPage,
  Caseload,
  CheckInReply,
  CheckInState,
  CreateStaffBody,
  DashboardSettings,
  DashboardSettingsBody,
  DeadlineAlert,
  HelpAlert,
  IndicatorTable,
  Page,
  StaffMember,
  StaffRole,
  UpdateStaffBody,
} from './types';

// One function per route of the dashboard area, so that each bundle only carries the calls it makes.

export function listStaff(query: { role?: StaffRole }, cursor: string | null, signal?: AbortSignal): Promise<Page<StaffMember>> {
  const params = new URLSearchParams({ limit: '100' });
  if (query.role) params.set('role', query.role);
  if (cursor) params.set('cursor', cursor);
  return request(`/api/staff?${params}`, { signal });
}

/** Every account of one role (or all), following pages: a département has tens of staff, not thousands. */
export async function listAllStaff(query: { role?: StaffRole }, signal?: AbortSignal): Promise<StaffMember[]> {
  const all: StaffMember[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<StaffMember> = await listStaff(query, cursor, signal);
    all.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return all;
}

export function createStaff(body: CreateStaffBody, idempotencyKey: string): Promise<StaffMember> {
  return request('/api/staff', { method: 'POST', body, idempotencyKey });
}

export function updateStaff(sub: string, body: UpdateStaffBody): Promise<StaffMember> {
  return request(`/api/staff/${encodeURIComponent(sub)}`, { method: 'PATCH', body });
}

export function getDashboardSettings(signal?: AbortSignal): Promise<DashboardSettings> {
  return request('/api/dashboard/settings', { signal });
}

export function putDashboardSettings(body: DashboardSettingsBody): Promise<DashboardSettings> {
  return request('/api/dashboard/settings', { method: 'PUT', body });
}

export function getCaseload(signal?: AbortSignal): Promise<Caseload> {
  return request('/api/dashboard/caseload', { signal });
}

/** « J'ai besoin d'aide » as the phone sends it, through its drafts (`sendAsDraft`): kept with its key until the server has it. */
export function raiseHelpRequest(body: { reason: HelpReason }): DraftRequest {
  return { method: 'POST', path: '/api/dashboard/help', body };
}

export function listHelpAlerts(youthId: string, signal?: AbortSignal): Promise<{ items: HelpAlert[] }> {
  return request(`/api/dashboard/help/${encodeURIComponent(youthId)}`, { signal });
}

export function acknowledgeHelpAlert(youthId: string, alertId: string): Promise<HelpAlert> {
  return request(`/api/dashboard/help/${encodeURIComponent(youthId)}/${encodeURIComponent(alertId)}/acknowledge`, { method: 'POST' });
}

/** One page of a month's deadlines: my young people's (binôme), the département's (admins). */
export function getCalendar(month: string, cursor: string | null, signal?: AbortSignal): Promise<CalendarPage> {
  const params = new URLSearchParams({ month, limit: '100' });
  if (cursor) params.set('cursor', cursor);
  return request(`/api/dashboard/calendar?${params}`, { signal });
}

export function listDeadlineAlerts(youthId: string, signal?: AbortSignal): Promise<{ items: DeadlineAlert[] }> {
  return request(`/api/dashboard/alerts/${encodeURIComponent(youthId)}`, { signal });
}

export function acknowledgeDeadlineAlert(youthId: string, alertId: string): Promise<DeadlineAlert> {
  return request(`/api/dashboard/alerts/${encodeURIComponent(youthId)}/${encodeURIComponent(alertId)}/acknowledge`, { method: 'POST' });
}

/** The exit indicators' query: a calendar year, and a territory or the whole département (null). */
export interface IndicatorsQuery {
  year: number;
  territory: string | null;
}

function indicatorsParams(query: IndicatorsQuery): URLSearchParams {
  const params = new URLSearchParams({ year: String(query.year) });
  if (query.territory !== null) params.set('territory', query.territory);
  return params;
}

export function getIndicators(query: IndicatorsQuery, signal?: AbortSignal): Promise<IndicatorTable> {
  return request(`/api/dashboard/indicators?${indicatorsParams(query)}`, { signal });
}

/** The ODPE export: the same aggregates as a CSV file. */
export function getIndicatorsExport(query: IndicatorsQuery): Promise<DownloadedFile> {
  return requestFile(`/api/dashboard/indicators/export?${indicatorsParams(query)}`);
}

/** The young person's check-in of 19 or 21: open now? done? */
export function getCheckIn(signal?: AbortSignal): Promise<CheckInState> {
  return request('/api/dashboard/check-in', { signal });
}

/** The answer (or the decline), sent through the phone's drafts (`sendAsDraft`). */
export function checkInReply(body: CheckInReply): DraftRequest {
  return { method: 'POST', path: '/api/dashboard/check-in', body };
}
