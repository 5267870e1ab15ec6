import { AREAS, routeKeysMatcher } from '../../shared/areas.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createAreaApp } from '../../shared/http/create-area-app.js';
import { channelRoutes } from './channels.js';
import { messageRoutes, stopRoutes } from './messages.js';

/** The one route of the area that needs no token: the STOP link of a message (declared in shared/areas.ts). */
const isAnonymous = routeKeysMatcher(AREAS.find((area) => area.name === 'reminders')?.anonymousRoutes ?? []);

/**
 * The `reminders` area: a person's channels and consent (« Mes rappels »), the STOP link,
 * what was sent to a young person, the département's failures and switches. The sender
 * itself is not an API: functions/reminders/sender-handler.ts.
 */
export function createRemindersApp(deps: Deps) {
  return createAreaApp('/api', deps, {
    anonymous: isAnonymous,
  })
    .route('/reminders/me', channelRoutes(deps))
    .route('/reminders', stopRoutes(deps))
    .route('/reminders', messageRoutes(deps));
}
