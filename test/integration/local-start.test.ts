import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../functions/local/port.js';

/** `npm start` run to its end (killed after 60 s): its exit code and what it wrote. */
function runStart(env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/start.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 60_000,
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stderr }));
  });
}

// Each failure starts its own process on ports of its own: they run at the same time (most of
// their time is Node starting up). The full start, Java included, runs alone after them.
describe.concurrent('npm start failures', { timeout: 70_000 }, () => {
  it('says in one sentence that the port is taken, with no stack trace', async () => {
    const port = await freePort();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '0.0.0.0', resolve));
    try {
      const result = await runStart({ PORT: String(port) });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(`Envol could not start: port ${port} is already in use; stop the other program or set PORT.`);
    } finally {
      blocker.close();
    }
  });

  it('says in one sentence that Java is missing', async () => {
    const result = await runStart({ PORT: String(await freePort()), DYNAMODB_PORT: String(await freePort()), PATH: '/nonexistent' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Envol could not start: Java was not found/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says in one sentence that DynamoDB cannot be reached', async () => {
    const result = await runStart({ PORT: String(await freePort()), DYNAMODB_ENDPOINT: `http://127.0.0.1:${await freePort()}` });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Envol could not start: DynamoDB at http:\/\/127\.0\.0\.1:\d+ cannot be reached/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm start', () => {
  it('prints its address, serves the API, and Ctrl-C stops DynamoDB Local too', async () => {
    const { spawn } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const port = await freePort();
    const dynamoPort = await freePort();
    const cwd = process.cwd();
    const child = spawn(process.execPath, ['--import', 'tsx', join(cwd, 'functions/local/start.ts')], {
      env: {
        ...process.env,
        PORT: String(port),
        DYNAMODB_PORT: String(dynamoPort),
        ENVOL_DATA_DIR: mkdtempSync(join(tmpdir(), 'envol-start-')),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      // A busy machine (tests in parallel, Java compiling the loopback launcher) can take a minute,
      // and more than that when other suites load it too (seen at 80 s with the machine shared).
      const deadline = Date.now() + 150_000;
      while (!output.includes('Envol is running') && Date.now() < deadline && child.exitCode === null)
        await new Promise((r) => setTimeout(r, 200));
      expect(output).toContain(`Envol is running at http://localhost:${port}`);
      expect(output).toContain('demo data loaded');
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
      expect(output).not.toMatch(/WARNING/);
    } finally {
      // Ctrl-C, also when the start failed: a DynamoDB Local left running would slow every later test.
      child.kill('SIGINT');
      await exited;
    }
    const stillThere = await fetch(`http://127.0.0.1:${dynamoPort}`).then(
      () => true,
      () => false,
    );
    expect(stillThere).toBe(false);
  }, 180_000);
});
