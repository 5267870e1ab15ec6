import type { Deps } from '../../shared/http/app-env.js';
import { createAreaApp } from '../../shared/http/create-area-app.js';
import { deadlineRoutes } from './deadlines.js';
import { interviewRoutes } from './interviews.js';
import { planRoutes } from './plan.js';
import { preparationRoutes } from './preparation.js';
import { preparationTemplateRoutes } from './preparation-template.js';
import { settingsRoutes } from './settings.js';

/** The `interviews` area: entretien des 17 ans, follow-up interview, preparation, projet d'autonomie. */
export function createInterviewsApp(deps: Deps) {
  return createAreaApp('/api/interviews', deps)
    .route('/settings', settingsRoutes(deps))
    .route('/preparation-template', preparationTemplateRoutes(deps))
    .route('/:youthId/deadlines', deadlineRoutes(deps))
    .route('/:youthId/interviews', interviewRoutes(deps))
    .route('/:youthId/preparation', preparationRoutes(deps))
    .route('/:youthId/plan', planRoutes(deps));
}
