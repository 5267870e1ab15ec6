import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { build, type Metafile } from 'esbuild';
import { EnvolFunction } from './envol-function.js';
import { EnvolStack } from './envol-stack.js';
import { ESBUILD_TARGET, ESM_REQUIRE_BANNER, FUNCTION_ALIASES, MAIN_FIELDS } from './function-bundling.js';
import { REPO_ROOT } from './paths.js';

/** A function of the stack: its name and its TypeScript entry, with the bundling it is deployed with. */
export type StackFunction = Pick<EnvolFunction, 'name' | 'entry' | 'bundling'>;

/**
 * Every function the CDK stack deploys, read from the stack itself (the one place that
 * lists them: the areas, and any scheduled job added beside them), built without
 * bundling and without the web build. Fails if a Lambda is made other than as an
 * `EnvolFunction`, whose bundle could then escape the checks.
 */
export function stackFunctions(): StackFunction[] {
  const scratch = mkdtempSync(join(tmpdir(), 'envol-functions-'));
  try {
    const web = join(scratch, 'web');
    mkdirSync(web);
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Envol</title>\n');
    const app = new App({ outdir: join(scratch, 'cdk.out'), context: { 'aws:cdk:bundling-stacks': [] } });
    const stack = new EnvolStack(app, 'Envol', { webAssetPath: web });
    const constructs = stack.node.findAll();
    const ours = constructs.filter((construct): construct is EnvolFunction => construct instanceof EnvolFunction);
    const stray = constructs.filter((construct) => construct instanceof NodejsFunction && !ours.some((fn) => fn.handler === construct));
    if (stray.length > 0) {
      throw new Error(`Make every function an EnvolFunction (infra/lib/envol-function.ts): ${stray.map((fn) => fn.node.path).join(', ')}`);
    }
    return ours.map(({ name, entry, bundling }) => ({ name, entry, bundling }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export interface FunctionBundle {
  name: string;
  /** The bundle's folder: `index.mjs`, its source map and any file written beside it. */
  dir: string;
  /** Minified size of `index.mjs`, in bytes. */
  bytes: number;
  metafile: Metafile;
}

/**
 * Bundles one function as `NodejsFunction` does with `FUNCTION_BUNDLING` (same esbuild
 * settings and aliases, then the same after-bundling commands), into `outDir/<name>`.
 */
export async function bundleFunction(fn: StackFunction, outDir: string): Promise<FunctionBundle> {
  const dir = join(outDir, fn.name);
  mkdirSync(dir, { recursive: true });
  const result = await build({
    entryPoints: [fn.entry],
    outfile: join(dir, 'index.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: ESBUILD_TARGET,
    mainFields: MAIN_FIELDS,
    banner: { js: ESM_REQUIRE_BANNER },
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    charset: 'utf8',
    alias: { ...FUNCTION_ALIASES },
    // Same choice as the stack: the AWS SDK is bundled (see function-bundling.ts).
    external: [],
    write: true,
    metafile: true,
    logLevel: 'warning',
  });
  for (const command of fn.bundling.commandHooks?.afterBundling(REPO_ROOT, dir) ?? []) {
    execSync(command, { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  const output = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('index.mjs'));
  if (!output) throw new Error(`esbuild produced no index.mjs for ${fn.name}.`);
  return { name: fn.name, dir, bytes: output[1].bytes, metafile: result.metafile };
}

/** The package an input of the bundle belongs to (`@smithy/core`, `zod`), or `envol` for our own code. */
function packageOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input.slice(input.lastIndexOf('node_modules/')));
  return match?.[1] ?? 'envol';
}

/** The `count` packages that weigh most in a bundle, by bytes in its minified output. */
export function heaviestPackages(metafile: Metafile, count: number): { name: string; bytes: number }[] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      totals.set(packageOf(input), (totals.get(packageOf(input)) ?? 0) + bytesInOutput);
    }
  }
  return [...totals]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}
