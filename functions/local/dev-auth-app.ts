import { Hono } from 'hono';
import * as z from 'zod';
import type { DevIssuer } from '../../shared/auth/dev-issuer.js';
import { departementSchema, ROLES } from '../../shared/auth/principal.js';
import { errorBody } from '../../shared/http/error-boundary.js';
import { ApiError } from '../../shared/http/errors.js';
import { issuesToDetails } from '../../shared/http/validation.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

const tokenRequestSchema = z.strictObject({
  sub: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[\w.@:-]+$/),
  role: z.enum(ROLES),
  departement: departementSchema,
  name: z.string().max(200).optional(),
});

/** The local stand-in for Cognito's sign-in: mounted only when ENVOL_DEV_AUTH=1. */
export function createDevAuthApp(issuer: DevIssuer) {
  const app = new Hono().basePath('/dev/auth');
  app.get('/.well-known/jwks.json', (c) => c.json(issuer.jwks));
  app.get('/accounts', (c) => c.json(DEMO_ACCOUNTS));
  app.post('/token', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      const error = new ApiError(400, 'INVALID_JSON', 'Le corps de la requête n’est pas un JSON valide.');
      return c.json(errorBody(error), 400);
    }
    const parsed = tokenRequestSchema.safeParse(body);
    if (!parsed.success) {
      const error = new ApiError(
        400,
        'VALIDATION_ERROR',
        'La requête contient des données invalides.',
        issuesToDetails(parsed.error.issues, 'json'),
      );
      return c.json(errorBody(error), 400);
    }
    return c.json({ token: await issuer.sign(parsed.data) });
  });
  return app;
}
