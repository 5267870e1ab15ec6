import type { Deps } from '../../shared/http/app-env.js';
import { createAreaApp } from '../../shared/http/create-area-app.js';
import { evaluationRoutes } from './evaluations.js';
import { proposalRoutes } from './proposals.js';
import { selfAssessmentRoutes } from './self-assessment.js';
import { templateRoutes } from './templates.js';
import { viewRoutes } from './views.js';

/**
 * The `grids` area: the département's autonomy grid (versions, draft), a young person's
 * self-assessment and the binôme's, side by side, progress over time, and proposals
 * for the projet d'autonomie.
 */
export function createGridsApp(deps: Deps) {
  return createAreaApp('/api/grids', deps)
    .route('/template', templateRoutes(deps))
    .route('/:youthId/self-assessment', selfAssessmentRoutes(deps))
    .route('/:youthId/evaluations', evaluationRoutes(deps))
    .route('/:youthId/proposals', proposalRoutes(deps))
    .route('/:youthId', viewRoutes(deps));
}
