import { AREAS, routeKeysMatcher } from '../../shared/areas.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createAreaApp } from '../../shared/http/create-area-app.js';
import { ballotKeys } from './ballot-keys.js';
import { ballotRoutes } from './ballots.js';
import { committeeRoutes } from './committees.js';
import { consultationService } from './consultation-service.js';
import { consultationRoutes } from './consultations.js';
import { followUpRoutes } from './follow-ups.js';
import { memberRoutes } from './members.js';
import { committeeSettingsRoutes } from './settings.js';

/** The routes that take no identity: casting a ballot or a follow-up answer (shared/areas.ts, also read by the CDK stack). */
const isAnonymous = routeKeysMatcher(AREAS.find((area) => area.name === 'committees')?.anonymousRoutes ?? []);

/** The `committees` area: CTJ / CDJ, consultations, secret ballots, results and what was done with them. */
export function createCommitteesApp(deps: Deps) {
  const keys = ballotKeys(deps);
  const consultations = consultationService(deps, keys);
  // Credentials, feedback and follow-up answers are never stored with the caller's id,
  // not even as an idempotency record (a retried credential request finds its marker).
  // A ballot or a follow-up answer is cast with no identity at all: those routes are anonymous.
  return (
    createAreaApp('/api/committees', deps, {
      withoutIdempotency: (path) => /\/(ballot-credential|feedback|answer-credential)$/.test(path),
      anonymous: isAnonymous,
    })
      // Before `/{committeeId}`: "settings" is not a committee.
      .route('/settings', committeeSettingsRoutes(deps))
      .route('/', committeeRoutes(deps))
      .route('/:committeeId', memberRoutes(deps))
      .route('/:committeeId/consultations', consultationRoutes(deps, consultations))
      .route('/:committeeId/consultations/:consultationId', ballotRoutes(deps, consultations, keys))
      .route('/:committeeId/consultations/:consultationId/follow-ups', followUpRoutes(deps, consultations, keys))
  );
}
