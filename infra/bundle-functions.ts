/**
 * `npm run build:functions`: bundles every function of the CDK stack exactly as the stack
 * does (same settings, from infra/lib/function-bundling.ts) into dist/functions/<name>/,
 * and prints each bundle's size and its five heaviest packages (from esbuild's metafile),
 * so that a dependency that bloats cold start shows up before a deploy. `cdk synth` does
 * its own bundling; this is for looking, measuring and bench/.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleFunction, heaviestPackages, stackFunctions } from './lib/function-bundles.js';
import { REPO_ROOT } from './lib/paths.js';

const OUT_DIR = join(REPO_ROOT, 'dist', 'functions');
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

rmSync(OUT_DIR, { recursive: true, force: true });
const bundles = await Promise.all(stackFunctions().map((fn) => bundleFunction(fn, OUT_DIR)));
for (const bundle of bundles) {
  const gzip = gzipSync(readFileSync(join(bundle.dir, 'index.mjs'))).length;
  console.log(
    `${bundle.name.padEnd(12)} ${kilobytes(bundle.bytes).padStart(10)}  (${kilobytes(gzip)} gzip)  dist/functions/${bundle.name}/index.mjs`,
  );
  for (const { name, bytes } of heaviestPackages(bundle.metafile, 5))
    console.log(`${''.padEnd(14)}${kilobytes(bytes).padStart(10)}  ${name}`);
}
