import type * as z from 'zod';
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

const errorRef = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

/**
 * What the middleware every area route runs behind can answer, whatever the route
 * (create-area-app.ts): no valid token, headers over 16 KB, the database unreachable; for
 * a body, one over 64 KB, not JSON or malformed; for a write (POST, PUT, PATCH), a
 * reused or in-flight `Idempotency-Key`.
 */
const GUARD_ANSWERS: { status: string; description: string; methods?: string[]; withToken?: true }[] = [
  { status: '401', description: 'Non authentifié', withToken: true },
  { status: '400', description: 'Corps de la requête invalide (JSON mal formé)', methods: ['post', 'put', 'patch'] },
  { status: '431', description: 'En-têtes de la requête trop volumineux (16 Ko au maximum)' },
  { status: '503', description: 'Base de données momentanément indisponible : rien n’a été enregistré' },
  { status: '413', description: 'Corps de la requête trop volumineux (64 Ko au maximum)', methods: ['post', 'put', 'patch'] },
  { status: '415', description: 'Corps de la requête autre que JSON', methods: ['post', 'put', 'patch'] },
  { status: '409', description: 'Requête identique (même Idempotency-Key) encore en cours', methods: ['post', 'put', 'patch'] },
  {
    status: '422',
    description: 'Idempotency-Key déjà utilisée pour une autre requête',
    methods: ['post', 'put', 'patch'],
    withToken: true,
  },
];

type OperationResponses = Record<string, unknown>;
type Paths = Record<string, Record<string, { responses?: OperationResponses; security?: unknown[] }> | undefined>;

/**
 * Adds to each operation of an area's OpenAPI document the answers of the middleware in
 * front of it, so that the document lists every status a route can return. A route's
 * own description of a status (a 409 of its own) is kept. An anonymous operation (`security: []`,
 * the ballot) is never authenticated nor replayed by key: no 401, no 422.
 */
export function withGuardAnswers<T extends { paths?: object | undefined }>(document: T): T {
  for (const operations of Object.values((document.paths ?? {}) as Paths)) {
    for (const [method, operation] of Object.entries(operations ?? {})) {
      const responses = operation.responses;
      if (!responses) continue;
      const anonymous = Array.isArray(operation.security) && operation.security.length === 0;
      for (const answer of GUARD_ANSWERS) {
        if (answer.methods && !answer.methods.includes(method)) continue;
        if (anonymous && answer.withToken) continue;
        responses[answer.status] ??= { description: answer.description, ...errorRef };
      }
    }
  }
  return document;
}
