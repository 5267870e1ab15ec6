import type { Principal } from '../../shared/auth/principal.js';
import { auditRepo } from '../../shared/db/audit-repo.js';
import { type CommitteeRecord, committeeRepo } from '../../shared/db/committee-repo.js';
import { rateLimitRepo } from '../../shared/db/rate-limit-repo.js';
import { transactWrite } from '../../shared/db/transact.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { CANDIDATE_SEARCH_LIMIT } from '../../shared/domain/rate-limit.js';
import type { Deps } from '../../shared/http/app-env.js';

/** Names only, ten at most: enough to pick a member, not a directory. */
export const CANDIDATES_PER_SEARCH = 10;

/**
 * An organiser's search for young people to add to a committee: counted against the
 * caller's rate limit (429 when spent), members left out, and the search written to the
 * audit log of every young person whose name it returns, before the names are returned
 * (all entries or none: no trace, no names).
 */
export async function searchCandidates(deps: Deps, principal: Principal, committee: CommitteeRecord, query: string) {
  const now = deps.now();
  await rateLimitRepo.consume(deps.store, principal.departement, principal.sub, CANDIDATE_SEARCH_LIMIT, now);
  const members = await committeeRepo.listMembers(deps.store, principal.departement, committee.id);
  const found = await youthRepo.searchByLastName(deps.store, principal.departement, query, {
    limit: CANDIDATES_PER_SEARCH,
    exclude: new Set(members.map((member) => member.youthId)),
  });
  if (found.length > 0) {
    await transactWrite(
      deps.store.db,
      found.map((youth) => auditRepo.putItem(deps.store, principal, youth.id, 'committee.search', now)),
    );
  }
  return found.map(({ id, firstName, lastName }) => ({ youthId: id, firstName, lastName }));
}
