/**
 * zod, with `.openapi()` on every schema (the OpenAPI metadata the platform's document is
 * generated from). Import it as a namespace, `import * as z from '../schemas/zod-openapi.js'`,
 * never `{ z }`: a bundler can drop what a namespace import does not use, but a `z` handed
 * around as a value keeps all of zod, its forty-odd locales included (see README, "Lambda
 * bundles"). The same rule holds for `zod` itself (Biome enforces both).
 */
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { ZodType } from 'zod';

// The extension only touches `ZodType`; passing zod's namespace would keep all of zod.
extendZodWithOpenApi({ ZodType } as unknown as Parameters<typeof extendZodWithOpenApi>[0]);

export * from 'zod';
