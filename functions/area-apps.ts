import type { Deps } from '../shared/http/app-env.js';
import type { AreaApp } from '../shared/http/create-area-app.js';
import { createCommitteesApp } from './committees/app.js';
import { createDashboardApp } from './dashboard/app.js';
import { createGridsApp } from './grids/app.js';
import { createHousingApp } from './housing/app.js';
import { createInterviewsApp } from './interviews/app.js';
import { createRemindersApp } from './reminders/app.js';
import { createYouthApp } from './youth/app.js';
import { createYouthArchiveApp } from './youth-archive/app.js';

/** Every area's app factory, by area name (the names of shared/areas.ts). */
export const AREA_APP_FACTORIES: Record<string, (deps: Deps) => AreaApp> = {
  // First, so that the OpenAPI document lists its routes before the files', as when they were the youth area's.
  'youth-archive': createYouthArchiveApp,
  youth: createYouthApp,
  interviews: createInterviewsApp,
  committees: createCommitteesApp,
  grids: createGridsApp,
  housing: createHousingApp,
  dashboard: createDashboardApp,
  reminders: createRemindersApp,
};
