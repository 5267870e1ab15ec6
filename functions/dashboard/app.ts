import type { Deps } from '../../shared/http/app-env.js';
import { createAreaApp } from '../../shared/http/create-area-app.js';
import { deadlineAlertRoutes } from './alerts.js';
import { calendarRoutes } from './calendar.js';
import { caseloadRoutes } from './caseload.js';
import { checkInRoutes } from './check-ins.js';
import { helpRoutes } from './help.js';
import { indicatorsRoutes } from './indicators.js';
import { openRgpdRequestRoutes } from './rgpd-requests.js';
import { dashboardSettingsRoutes } from './settings.js';
import { staffRoutes } from './staff.js';

/** The `dashboard` area: the staff directory (who may form a binôme), the département's dashboard settings, « Mon suivi », « J'ai besoin d'aide », the deadlines calendar and alerts, the exit indicators, the young person's check-ins of 19 and 21 and the département's RGPD requests to answer. */
export function createDashboardApp(deps: Deps) {
  return createAreaApp('/api', deps)
    .route('/staff', staffRoutes(deps))
    .route('/dashboard/settings', dashboardSettingsRoutes(deps))
    .route('/dashboard/caseload', caseloadRoutes(deps))
    .route('/dashboard/help', helpRoutes(deps))
    .route('/dashboard/indicators', indicatorsRoutes(deps))
    .route('/dashboard/check-in', checkInRoutes(deps))
    .route('/dashboard/calendar', calendarRoutes(deps))
    .route('/dashboard/alerts', deadlineAlertRoutes(deps))
    .route('/dashboard/rgpd-requests', openRgpdRequestRoutes(deps));
}
