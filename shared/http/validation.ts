import type { Hook } from '@hono/zod-openapi';
import * as z from 'zod';
import fr from 'zod/v4/locales/fr.js';
import { type ErrorDetail, ValidationFailed } from './errors.js';

// Validation messages in French for every schema, set once.
z.config(fr());

/** Zod issues as error details: where, and what is wrong, in French. */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[], location: string): ErrorDetail[] {
  return issues.slice(0, 20).map((issue) => ({
    path: [location, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

/** The @hono/zod-openapi hook: an invalid body, query, path or header is a 400 in the error shape. */
// biome-ignore lint/suspicious/noExplicitAny: the hook serves every route, whatever its types.
export const validationHook: Hook<any, any, any, any> = (result) => {
  if (!result.success) {
    throw new ValidationFailed(issuesToDetails(result.error.issues, result.target));
  }
};
