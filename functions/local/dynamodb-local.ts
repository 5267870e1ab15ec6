import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createConnection } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** DynamoDB Local has no option to listen on one address; this launcher of ours sets it. */
const LOOPBACK_LAUNCHER = fileURLToPath(new URL('./java/LoopbackDynamoDbLocal.java', import.meta.url));

/**
 * Whether `java` can run a single source file: a JDK has the compiler module, a bare JRE
 * does not. Unknown when there is no `java` at all (starting it then says so).
 */
function javaRunsSourceFiles(): boolean | 'unknown' {
  const modules = spawnSync('java', ['--list-modules'], { encoding: 'utf8' });
  if (modules.error) return 'unknown';
  return modules.status === 0 && /^jdk\.compiler@/m.test(modules.stdout);
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
  const dynamoOptions = ['-port', String(options.port), '-sharedDb', '-disableTelemetry', ...storage];
  const loopbackOnly = javaRunsSourceFiles() !== false;
  if (!loopbackOnly) {
    console.warn(
      'WARNING: DynamoDB Local listens on every network interface, as this Java cannot run the loopback launcher (it needs a JDK: `apt-get install openjdk-17-jdk-headless`). Anyone on your network can read and change its data.',
    );
  }
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${join(folder, 'DynamoDBLocal_lib')}`,
      ...(loopbackOnly
        ? [
            '-cp',
            [join(folder, 'DynamoDBLocal.jar'), join(folder, 'DynamoDBLocal_lib', '*')].join(delimiter),
            LOOPBACK_LAUNCHER,
            '127.0.0.1',
          ]
        : ['-jar', join(folder, 'DynamoDBLocal.jar')]),
      ...dynamoOptions,
    ],
    { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const spawnFailure = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new LocalSetupError(
              'Java was not found: install Java 17 (for example `apt-get install openjdk-17-jdk-headless`) so that DynamoDB Local can run.',
            )
          : new LocalSetupError(`DynamoDB Local could not start: ${error.message}`),
      );
    });
  });
  try {
    await Promise.race([waitUntilListening(options.port, child, 90_000), spawnFailure]);
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
