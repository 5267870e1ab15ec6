import { listSupportRequests } from '../api/support';
import { getYouth } from '../api/youth';
import { DecisionLetterPage, findDecision } from '../support/decision-letter';
import { youthPath } from './paths';

/** The printable letter of a decision, for staff (the file's read and the requests' read are audited). */
export function StaffDecisionLetterPage({ id, decisionId }: { id: string; decisionId: string }) {
  async function load(signal: AbortSignal) {
    const [youth, requests] = await Promise.all([getYouth(id, signal), listSupportRequests(id, signal)]);
    const found = findDecision(requests.items, decisionId);
    return found ? { youth, ...found } : null;
  }
  return <DecisionLetterPage load={load} backPath={youthPath(id)} backLabel="Retour au dossier" />;
}
