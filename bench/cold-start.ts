import { spawn, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { AREAS } from '../shared/areas.js';
import { fixed, table } from './lib/measure.js';

/** The first request each area answers in a cold process, without a database. */
const FIRST_REQUEST: Record<string, string> = { platform: '/api/health' };

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
 * Each Lambda bundle, built as the stack builds it: the time to import it and answer a
 * first request in a fresh Node process, against a bare Node process doing nothing.
 */
export async function benchColdStart(repetitions: number): Promise<string> {
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'infra/bundle-functions.ts'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`Bundling failed: ${build.stderr}`);
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
  };
  const bare: number[] = [];
  for (let index = 0; index < repetitions; index += 1) bare.push(await timeProcess('', env));
  const bareMedian = median(bare);

  const rows: (string | number)[][] = [['bare node (nothing)', '—', fixed(bareMedian), '1.00']];
  for (const area of AREAS) {
    const bundle = join(process.cwd(), 'dist', 'functions', area.name, 'index.mjs');
    const script = invocation(bundle, FIRST_REQUEST[area.name] ?? `${area.prefixes[0]}`);
    const times: number[] = [];
    for (let index = 0; index < repetitions; index += 1) times.push(await timeProcess(script, env));
    const time = median(times);
    rows.push([area.name, fixed(statSync(bundle).size / 1024), fixed(time), fixed(time / bareMedian, 2)]);
  }
  return [
    `### Cold start: import each Lambda bundle and answer a first request in a fresh Node process (median of ${repetitions})`,
    '',
    table(['bundle', 'size (KB)', 'time (ms)', 'ratio to bare node'], rows),
  ].join('\n');
}
