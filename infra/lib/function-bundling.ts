import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, Charset, LogLevel, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';

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
};
