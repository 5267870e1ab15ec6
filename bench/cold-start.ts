import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFunction, heaviestPackages, stackFunctions } from '../infra/lib/function-bundles.js';
import { FUNCTION_BUNDLING } from '../infra/lib/function-bundling.js';
import { REPO_ROOT } from '../infra/lib/paths.js';
import { AREAS } from '../shared/areas.js';
import { fixed, table } from './lib/measure.js';

/** The first request each area answers in a cold process, without a database (an area's first prefix otherwise). */
const FIRST_REQUEST: Record<string, string> = {
  platform: '/api/health',
  // An area of route keys only (shared/areas.ts): one of them.
  'youth-archive': '/api/youth/01JD2Y3QK9V8N6M4R2T0W1X5Z7/export',
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Wall time of a fresh Node process running `script`, in ms. */
function timeProcess(script: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`Cold start process failed (${code}): ${output}`));
      else resolve(performance.now() - started);
    });
  });
}

/** A function that is not an API area (a scheduled job) is only imported: its first run needs the database. */
function importOnly(bundle: string): string {
  return `await import(${JSON.stringify(bundle)});`;
}

function invocation(bundle: string, path: string): string {
  const event = {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'bench' },
    isBase64Encoded: false,
    requestContext: {
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
      requestId: 'bench',
      stage: '$default',
    },
  };
  return `const { handler } = await import(${JSON.stringify(bundle)}); const response = await handler(${JSON.stringify(event)}, { awsRequestId: 'bench' }); if (!response.statusCode) process.exit(1);`;
}

/**
 * Each function of the stack, bundled as the stack bundles it: the time to import it and
 * answer a first request in a fresh Node process, against a bare Node process doing
 * nothing; its size, and the five packages that weigh most in it (esbuild's metafile).
 * Then the floor (`bench/floor/handler.ts`): the same stack and bundling with no Envol code,
 * what no change to Envol can go under.
 */
export async function benchColdStart(repetitions: number): Promise<string> {
  const outDir = join(REPO_ROOT, 'dist', 'functions');
  rmSync(outDir, { recursive: true, force: true });
  const bundles = [];
  for (const fn of stackFunctions()) bundles.push(await bundleFunction(fn, outDir));
  // The floor: the stack with no Envol code (bench/floor/handler.ts), bundled the same way.
  const floorDir = join(REPO_ROOT, 'dist', 'bench-floor');
  rmSync(floorDir, { recursive: true, force: true });
  const floor = await bundleFunction(
    { name: 'floor', entry: join(REPO_ROOT, 'bench', 'floor', 'handler.ts'), bundling: FUNCTION_BUNDLING },
    floorDir,
  );
  const env = {
    ...process.env,
    ENVOL_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
    ENVOL_ISSUER: 'https://issuer.bench',
    ENVOL_AUDIENCE: 'bench',
    ENVOL_TABLE: 'bench',
    ENVOL_CURSOR_SECRET: 'bench-cursor-secret-bench-cursor-secret',
    AWS_REGION: 'eu-west-3',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // The reminder sender builds its transports at import only inside a Lambda; a job is
    // only imported here (never run), so nothing is sent, and the fake keys could not send.
    AWS_LAMBDA_FUNCTION_NAME: 'envol-bench',
  };
  const bare: number[] = [];
  for (let index = 0; index < repetitions; index += 1) bare.push(await timeProcess('', env));
  const bareMedian = median(bare);

  const rows: (string | number)[][] = [['bare node (nothing)', '—', fixed(bareMedian), '1.00']];
  const weights: string[] = [];
  for (const bundle of [...bundles, floor]) {
    const file = join(bundle.dir, 'index.mjs');
    const area = AREAS.find(({ name }) => name === bundle.name);
    // An area answers its first request without the database (401, no token), the floor too
    // (400, an id its validation refuses); a job is only imported.
    const script =
      bundle === floor
        ? invocation(file, '/items/not-an-id')
        : area
          ? invocation(file, FIRST_REQUEST[area.name] ?? `${area.prefixes[0]}`)
          : importOnly(file);
    const times: number[] = [];
    for (let index = 0; index < repetitions; index += 1) times.push(await timeProcess(script, env));
    const time = median(times);
    const label = bundle === floor ? 'floor: the stack with no Envol code' : area ? bundle.name : `${bundle.name} (import only)`;
    rows.push([label, fixed(bundle.bytes / 1024), fixed(time), fixed(time / bareMedian, 2)]);
    const heaviest = heaviestPackages(bundle.metafile, 5).map(({ name, bytes }) => `${name} ${fixed(bytes / 1024)}`);
    weights.push(`| ${bundle.name} | ${heaviest.join(' · ')} |`);
  }
  return [
    `### Cold start: import each Lambda bundle and answer a first request in a fresh Node process (median of ${repetitions})`,
    '',
    table(['bundle', 'size (KB)', 'time (ms)', 'ratio to bare node'], rows),
    '',
    '### Five heaviest packages per bundle (KB minified, esbuild metafile; `envol` is our own code)',
    '',
    '| bundle | packages |',
    '|---|---|',
    ...weights,
  ].join('\n');
}
