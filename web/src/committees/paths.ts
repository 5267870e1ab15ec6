/** The committee pages' routes, shared by the young person's and the organisers' chunks. */
export const COMMITTEES_PATH = '/comites';

export function committeePath(committeeId: string): string {
  return `${COMMITTEES_PATH}/${encodeURIComponent(committeeId)}`;
}

export function consultationPath(committeeId: string, consultationId: string): string {
  return `${committeePath(committeeId)}/consultations/${encodeURIComponent(consultationId)}`;
}

export function newConsultationPath(committeeId: string): string {
  return `${committeePath(committeeId)}/consultations/nouvelle`;
}
