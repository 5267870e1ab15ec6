/**
 * What a deployed function bundles in place of `@asteasolutions/zod-to-openapi` (an esbuild
 * alias, `FUNCTION_ALIASES` in infra/lib/function-bundling.ts): `.openapi()` on a schema
 * returns the schema itself. Tests and the local server run the real package.
 *
 * Why: the real `.openapi()` builds a new schema for each call (`new this.constructor(def)`,
 * zod's whole initialisation again) and files its metadata in a registry, and Envol's
 * schemas call it some five hundred times at import. That metadata is read by the OpenAPI
 * generator only, which runs at build (the document is written beside the `platform`
 * bundle), never by validation: in a cold start it was the largest part of building the
 * schemas, for nothing. `zod-openapi-lambda.test.ts` builds every area with this one and
 * holds its answers to the real package's.
 */
import type { ZodType } from 'zod';

/** The metadata-free `.openapi()`: the schema as it is. */
export function openapiInLambda<Schema>(this: Schema): Schema {
  return this;
}

/**
 * Same signature as the real one; installs `.openapi()` on every zod schema. A plain
 * assignment, as the real one does: zod copies the enumerable members of `ZodType.prototype`
 * onto each schema it builds.
 */
export function extendZodWithOpenApi(zod: { ZodType: typeof ZodType }): void {
  Object.assign(zod.ZodType.prototype, { openapi: openapiInLambda });
}
