/**
 * `npm run build:functions`: bundles every area's handler exactly as the CDK stack does
 * (same settings, from infra/lib/function-bundling.ts) into dist/functions/<area>/, and
 * prints each bundle's size, so that a dependency that bloats cold start shows up before
 * a deploy. `cdk synth` does its own bundling; this is for looking, measuring and bench/.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { AREAS } from '../shared/areas.js';
import { ESBUILD_TARGET, ESM_REQUIRE_BANNER, MAIN_FIELDS } from './lib/function-bundling.js';
import { REPO_ROOT } from './lib/paths.js';

const OUT_DIR = join(REPO_ROOT, 'dist', 'functions');

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function bundleArea(area: string): Promise<{ area: string; size: number; gzip: number }> {
  const entry = join(REPO_ROOT, 'functions', area, 'handler.ts');
  if (!existsSync(entry)) throw new Error(`${entry} does not exist: every area of shared/areas.ts needs a handler.`);
  const result = await build({
    entryPoints: [entry],
    outfile: join(OUT_DIR, area, 'index.mjs'),
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
    // Same choice as the stack: the AWS SDK is bundled (see function-bundling.ts).
    external: [],
    write: true,
    metafile: true,
    logLevel: 'warning',
  });
  const output = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('index.mjs'));
  if (!output) throw new Error(`esbuild produced no index.mjs for ${area}.`);
  const code = readFileSync(join(OUT_DIR, area, 'index.mjs'));
  return { area, size: output[1].bytes, gzip: gzipSync(code).length };
}

rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });
const results = await Promise.all(AREAS.map((area) => bundleArea(area.name)));
for (const { area, size, gzip } of results) {
  console.log(`${area.padEnd(12)} ${kilobytes(size).padStart(10)}  (${kilobytes(gzip)} gzip)  dist/functions/${area}/index.mjs`);
}
