import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createConnection } from 'node:net';
import { dirname, join } from 'node:path';

/** A running DynamoDB Local, the official emulator shipped in amplify-dynamodb-simulator. */
export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

/** A failure the developer can act on, told in one sentence. */
export class LocalSetupError extends Error {
  override name = 'LocalSetupError';
}

function emulatorFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitUntilListening(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new LocalSetupError(`DynamoDB Local stopped at start (exit code ${child.exitCode}).`);
    if (await portAnswers(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new LocalSetupError(`DynamoDB Local did not answer on port ${port} within ${timeoutMs / 1000} s.`);
}

/**
 * Starts DynamoDB Local with the machine's `java`. With `dbPath`, data is kept on
 * disk there (so a restart loses nothing); otherwise it runs in memory (tests).
 */
export async function startDynamoDbLocal(options: { port: number; dbPath?: string }): Promise<DynamoDbLocal> {
  if (await portAnswers(options.port)) {
    throw new LocalSetupError(
      `Port ${options.port} is already in use, so DynamoDB Local cannot start there (set DYNAMODB_PORT or stop the other program).`,
    );
  }
  const folder = emulatorFolder();
  const storage = options.dbPath ? ['-dbPath', options.dbPath] : ['-inMemory'];
  if (options.dbPath) mkdirSync(options.dbPath, { recursive: true });
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${join(folder, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(folder, 'DynamoDBLocal.jar'),
      '-port',
      String(options.port),
      '-sharedDb',
      '-disableTelemetry',
      ...storage,
    ],
    { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const spawnFailure = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new LocalSetupError(
              'Java was not found: install Java 17 (for example `apt-get install openjdk-17-jre-headless`) so that DynamoDB Local can run.',
            )
          : new LocalSetupError(`DynamoDB Local could not start: ${error.message}`),
      );
    });
  });
  try {
    await Promise.race([waitUntilListening(options.port, child, 30_000), spawnFailure]);
  } catch (error) {
    // A slow start must not leave the emulator running, unseen, on a busy machine.
    child.kill('SIGKILL');
    throw error;
  }

  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    port: options.port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
