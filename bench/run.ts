/**
 * `npm run bench [-- --quick]`: figures measured against DynamoDB Local, each a ratio
 * taken in the same run so that the machine's speed cancels out. `--quick` runs every
 * benchmark small, to prove it still works (see bench/README.md).
 */
import { cpus, loadavg, platform, totalmem } from 'node:os';
import { logger } from '../shared/http/logger.js';
import { benchApiOverhead } from './api-overhead.js';
import { benchBallots } from './ballots.js';
import { benchColdStart } from './cold-start.js';
import { benchDashboard } from './dashboard.js';
import { startBenchStack } from './lib/stack.js';
import { benchWebSize } from './web-size.js';

const quick = process.argv.includes('--quick');
// `--only dashboard` (or api, ballots, web, cold-start): one benchmark, for a long run of it alone.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const wanted = (name: string) => only === undefined || only === name;

process.env.ENVOL_DEV_AUTH = '1';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
logger.setLogLevel('ERROR');

async function main() {
  const sections: string[] = [];
  // The machine may be shared: its load at the start and the end says how far to trust a ratio.
  const loadAtStart = loadavg()[0] ?? 0;
  const stack = await startBenchStack();
  try {
    if (wanted('api')) sections.push(await benchApiOverhead(stack, quick ? 200 : 3000));
    if (wanted('ballots')) sections.push(await benchBallots(stack, quick ? 100 : 1000));
    if (wanted('web')) sections.push(await benchWebSize(stack.server.url));
    if (wanted('dashboard')) sections.push(await benchDashboard(stack, quick ? 2 : 20, quick ? 60 : 1000));
  } finally {
    await stack.stop();
  }
  if (wanted('cold-start')) sections.push(await benchColdStart(quick ? 3 : 9));
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${platform()}`;
  const load = `load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end`;
  const heading = `## Figures (${new Date().toISOString().slice(0, 10)}; ${machine}; ${load}${quick ? '; --quick' : ''})`;
  console.log(`\n${heading}\n\n${sections.join('\n\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
