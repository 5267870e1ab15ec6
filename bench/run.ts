/**
 * `npm run bench [-- --quick]`: figures measured against DynamoDB Local, each a ratio
 * taken in the same run so that the machine's speed cancels out. `--quick` runs every
 * benchmark small, to prove it still works (see bench/README.md).
 */
import { cpus, platform, totalmem } from 'node:os';
import { logger } from '../shared/http/logger.js';
import { benchApiOverhead } from './api-overhead.js';
import { benchBallots } from './ballots.js';
import { benchColdStart } from './cold-start.js';
import { benchDashboard } from './dashboard.js';
import { startBenchStack } from './lib/stack.js';
import { benchWebSize } from './web-size.js';

const quick = process.argv.includes('--quick');

process.env.ENVOL_DEV_AUTH = '1';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
logger.setLogLevel('ERROR');

async function main() {
  const sections: string[] = [];
  const stack = await startBenchStack();
  try {
    sections.push(await benchApiOverhead(stack, quick ? 200 : 3000));
    sections.push(await benchBallots(stack, quick ? 100 : 1000));
    sections.push(await benchWebSize(stack.server.url));
    sections.push(await benchDashboard(stack, quick ? 2 : 20, quick ? 40 : 1000));
  } finally {
    await stack.stop();
  }
  sections.push(await benchColdStart(quick ? 3 : 9));
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${platform()}`;
  const heading = `## Figures (${new Date().toISOString().slice(0, 10)}; ${machine}${quick ? '; --quick' : ''})`;
  console.log(`\n${heading}\n\n${sections.join('\n\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
