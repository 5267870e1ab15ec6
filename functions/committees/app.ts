import type { Deps } from '../../shared/http/app-env.js';
import { createAreaApp } from '../../shared/http/create-area-app.js';
import { ballotRoutes } from './ballots.js';
import { committeeRoutes } from './committees.js';
import { consultationService } from './consultation-service.js';
import { consultationRoutes } from './consultations.js';
import { followUpRoutes } from './follow-ups.js';
import { memberRoutes } from './members.js';
import { committeeSettingsRoutes } from './settings.js';

/** The `committees` area: CTJ / CDJ, consultations, secret ballots, results and what was done with them. */
export function createCommitteesApp(deps: Deps) {
  const consultations = consultationService(deps);
  // Ballots, feedback and follow-up answers are never stored with the caller's id, not
  // even as an idempotency record; a retried ballot meets ALREADY_VOTED instead.
  return (
    createAreaApp('/api/committees', deps, { withoutIdempotency: (path) => /\/(ballots|feedback|responses)$/.test(path) })
      // Before `/{committeeId}`: "settings" is not a committee.
      .route('/settings', committeeSettingsRoutes(deps))
      .route('/', committeeRoutes(deps))
      .route('/:committeeId', memberRoutes(deps))
      .route('/:committeeId/consultations', consultationRoutes(deps, consultations))
      .route('/:committeeId/consultations/:consultationId', ballotRoutes(deps, consultations))
      .route('/:committeeId/consultations/:consultationId/follow-ups', followUpRoutes(deps, consultations))
  );
}
