import type { Deps } from '../../shared/http/app-env.js';
import { createAreaApp } from '../../shared/http/create-area-app.js';
import { applicationRoutes } from './applications.js';
import { fileRoutes } from './file.js';
import { partnerRoutes } from './partners.js';
import { projectRoutes } from './project.js';
import { queueRoutes } from './queue.js';
import { settingsRoutes } from './settings.js';

/** The `housing` area (logement): the project, applications and their workflow, partners, the staff queue. */
export function createHousingApp(deps: Deps) {
  return createAreaApp('/api/housing', deps)
    .route('/settings', settingsRoutes(deps))
    .route('/partners', partnerRoutes(deps))
    .route('/queue', queueRoutes(deps))
    .route('/:youthId/project', projectRoutes(deps))
    .route('/:youthId/applications', applicationRoutes(deps))
    .route('/:youthId', fileRoutes(deps));
}
