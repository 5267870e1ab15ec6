import { join } from 'node:path';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, Charset, LogLevel, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { OPENAPI_DOCUMENT_FILE } from '../../shared/openapi-document-file.js';
import { REPO_ROOT } from './paths.js';

/**
 * How every Envol function is built and what it runs on, in one place so that the CDK
 * stack (`envol-function.ts`) and `infra/bundle-functions.ts` (bundle-size checks, bench)
 * produce the same bundle.
 */

/**
 * Node.js 24, not 20: Lambda deprecated `nodejs20.x` on 30 April 2026 and blocks creating
 * (31 Aug 2026) then updating (30 Sep 2026) functions on it, so a Node 20 stack can no
 * longer be deployed. Code written for the local Node 20 runs unchanged on 24. Change the
 * runtime here and in `ESBUILD_TARGET` together.
 */
export const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;

/** esbuild's target: the runtime's Node major, so no syntax is down-levelled for nothing. */
export const ESBUILD_TARGET = 'node24';

/**
 * ESM output has no `require`, but CommonJS packages that esbuild inlines still call it
 * (for Node built-ins); the banner recreates `require` from `import.meta.url`.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as envolCreateRequire } from 'node:module'; const require = envolCreateRequire(import.meta.url);";

/** Prefer packages' ESM builds: esbuild can only tree-shake what is ESM. */
export const MAIN_FIELDS = ['module', 'main'];

/**
 * The most a function's `index.mjs` may weigh, minified: `test/infra/synth-cli.test.ts`
 * fails above it. Issue 18 asks for 250 KB; with the SDK bundled that is below the floor of
 * the stack itself: a Lambda with no Envol code, one zod-validated route and one GetItem on
 * Hono and Middy, bundled as ours are, weighs about 306 KB (`bench/floor/handler.ts`, measured
 * by `npm run bench -- --only cold-start`): the DynamoDB client with the SDK's core about
 * 190 KB, zod about 85 KB, Hono 27 KB. An area adds to it its routes, schemas, repositories and
 * French messages, the Powertools logger and jose: 400–550 KB.
 *
 * 630 KB: just above the heaviest bundle, the youth-archive area (617 KB on 30 November 2026),
 * with room for the work in flight only. It is the heaviest because the RGPD export and the
 * file's end of life (the archives package and its ZIP writer, erasure) read every other
 * area; they have a function of their own so that `youth`, whose routes every file page
 * calls, no longer loads them at each cold start (642 KB before the split, 559 KB after).
 * History: 600 KB, then 650 (the archives package), 700 (the RGPD requests), 660 once each
 * schema file stopped pulling in the others' (the export's schema, the exit situation and
 * the civility in files of their own), 630 once the export and the end of life left youth.
 * The same test checks by content that no bundle holds the OpenAPI generator or metadata,
 * another locale of zod or another credential provider, and that youth holds no ZIP writer.
 */
export const BUNDLE_BUDGET_BYTES = 630 * 1024;

/**
 * Packages a deployed function gets in a lighter form, only in its bundle (the tests and
 * the local server run the real ones). Each is what a Lambda needs of the package and
 * nothing else; the bundle-size test (`test/infra/synth-cli.test.ts`) keeps them honest.
 *
 * - `@hono/zod-openapi`: the same `OpenAPIHono` and `createRoute`, validating as the real
 *   one does, without the OpenAPI generator (only the document needs it, and the document
 *   is generated at build: `OPENAPI_DOCUMENT_FILE`) and without handing zod's whole
 *   namespace, its forty locales included, to `extendZodWithOpenApi`.
 * - `@asteasolutions/zod-to-openapi` (the `.openapi()` extension, for the schemas):
 *   `.openapi()` returns the schema itself. The real one builds a new schema per call and
 *   files its metadata, some five hundred times per area at import, for the generator only.
 * - `@aws-sdk/credential-provider-node`: the SDK clients import the whole default chain
 *   (SSO, INI files, web identity, the login provider and the STS/SSO clients they call)
 *   even when given `credentials`; a Lambda's credentials are in its environment.
 */
export const FUNCTION_ALIASES: Readonly<Record<string, string>> = {
  '@hono/zod-openapi': join(REPO_ROOT, 'shared', 'http', 'zod-openapi-lambda.ts'),
  '@asteasolutions/zod-to-openapi': join(REPO_ROOT, 'shared', 'schemas', 'openapi-metadata-lambda.ts'),
  '@aws-sdk/credential-provider-node': join(REPO_ROOT, 'shared', 'db', 'lambda-credentials.ts'),
};

/**
 * The function that serves the OpenAPI document and its docs page. The document is written
 * beside its bundle at build (`OPENAPI_DOCUMENT_FILE`) by the same code the local server
 * runs (`functions/platform/openapi-document.ts`): the generator never ships.
 */
export const OPENAPI_DOCUMENT_FUNCTION = 'platform';

/** The shell command that writes the OpenAPI document into a bundle's output folder. */
export function writeOpenApiDocumentCommand(inputDir: string, outputDir: string): string {
  const script = join(inputDir, 'infra', 'write-openapi-document.ts');
  return `node --import tsx "${script}" "${join(outputDir, OPENAPI_DOCUMENT_FILE)}"`;
}

/** Bundling of the function that serves the OpenAPI document: the usual, plus the document. */
export const OPENAPI_DOCUMENT_BUNDLING: Partial<BundlingOptions> = {
  commandHooks: {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir, outputDir) => [writeOpenApiDocumentCommand(inputDir, outputDir)],
  },
};

/**
 * Bundling options for `NodejsFunction`.
 *
 * - Minified and tree-shaken: the bundle is what Lambda reads and parses at cold start.
 * - Source maps on, external file, no embedded sources: with `--enable-source-maps` a 500's
 *   stack trace points at `shared/db/youth-repo.ts:42` rather than at column 31 204 of a
 *   one-line file. The `.map` file is only read when Node loads the module and stays out of
 *   the parsed JavaScript, so the cold-start cost is small next to readable incidents.
 * - The AWS SDK v3 is bundled, not taken from the runtime: tree-shaken into one file it
 *   loads faster than the runtime's copy (hundreds of files to resolve and parse), and its
 *   version is the one in package-lock.json that the tests ran against, not whatever the
 *   runtime ships that week (lib-dynamodb and client-dynamodb must also match each other).
 * - UTF-8 output keeps the French error messages readable and smaller than `\u` escapes.
 */
export const FUNCTION_BUNDLING: BundlingOptions = {
  format: OutputFormat.ESM,
  target: ESBUILD_TARGET,
  mainFields: MAIN_FIELDS,
  banner: ESM_REQUIRE_BANNER,
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  bundleAwsSDK: true,
  charset: Charset.UTF8,
  logLevel: LogLevel.WARNING,
  esbuildArgs: { '--alias': Object.entries(FUNCTION_ALIASES).map(([name, path]) => `${name}=${path}`) },
};
