import type { z } from '@hono/zod-openapi';
import { errorSchema } from '../schemas/common.js';

/** Pieces every area's route definitions share. */
export const bearerSecurity = [{ bearer: [] }];

/** A JSON response (or body) described by `schema`. */
export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

/** A required JSON request body. */
export function jsonBody<T extends z.ZodType>(schema: T, description: string) {
  return { ...jsonContent(schema, description), required: true };
}

/** The error answers of every authenticated route; `notFound` says what may be missing. */
export function errorResponses(notFound: string) {
  return {
    400: jsonContent(errorSchema, 'Requête invalide'),
    401: jsonContent(errorSchema, 'Non authentifié'),
    403: jsonContent(errorSchema, 'Action non autorisée'),
    404: jsonContent(errorSchema, notFound),
  };
}

/** A 409 answer: nothing was changed. */
export function conflictResponse(description: string) {
  return { 409: jsonContent(errorSchema, description) };
}
