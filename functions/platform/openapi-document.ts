import { OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../../shared/http/app-env.js';
import { withGuardAnswers } from '../../shared/http/openapi-parts.js';
import { AREA_APP_FACTORIES } from '../area-apps.js';

/** Only for reading route definitions: any use at request time is a bug. */
const unusedDeps = new Proxy({} as Deps, {
  get() {
    throw new Error('The OpenAPI document does not serve requests');
  },
});

/** The OpenAPI 3.1 document of every area, generated from the same zod schemas that validate requests. */
export function buildOpenApiDocument() {
  const all = new OpenAPIHono();
  for (const factory of Object.values(AREA_APP_FACTORIES)) all.route('/', factory(unusedDeps));
  const document = all.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Envol API',
      version: '1.0.0',
      description:
        'API d’Envol : accompagnement des jeunes de l’ASE de 16 à 21 ans. Toutes les routes demandent un jeton (Bearer) ; les erreurs ont la forme {"error":{"code","message","details"}}.',
    },
    servers: [{ url: '/' }],
  });
  // The middleware's answers (431, 503, 413, 415, Idempotency-Key) are those of every route.
  return withGuardAnswers(document);
}
