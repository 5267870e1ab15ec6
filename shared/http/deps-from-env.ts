import { createTokenVerifier } from '../auth/token-verifier.js';
import { keySealerFromEnv } from '../crypto/key-sealer.js';
import { createDocumentClient, dbConfigFromEnv } from '../db/client.js';
import { createCursorCodec } from '../db/cursor.js';
import { cursorSecretFromEnv } from '../db/cursor-secret.js';
import type { Deps } from './app-env.js';

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`Missing configuration: ${name}`);
  return value;
}

function optionalPositiveInteger(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`Invalid configuration: ${name} must be a positive whole number`);
  return parsed;
}

/**
 * The dependencies of a Lambda, from its environment. Creates clients only; nothing
 * is fetched until the first request (the JWKS is fetched lazily by jose).
 */
export function depsFromEnv(env: NodeJS.ProcessEnv = process.env): Deps {
  const dbConfig = dbConfigFromEnv(env);
  return {
    store: {
      db: createDocumentClient(dbConfig),
      tableName: dbConfig.tableName,
      ballotTableName: dbConfig.ballotTableName,
      cursors: createCursorCodec(cursorSecretFromEnv(env)),
      // Only the area that holds the ballot box is told its table, and must seal its keys.
      ...(env.ENVOL_BALLOT_TABLE ? { ballotKeySealer: keySealerFromEnv(env) } : {}),
    },
    verifyToken: createTokenVerifier({
      jwksUrl: required(env, 'ENVOL_JWKS_URL'),
      issuer: required(env, 'ENVOL_ISSUER'),
      audience: required(env, 'ENVOL_AUDIENCE'),
      maxLifetimeSeconds: optionalPositiveInteger(env, 'ENVOL_TOKEN_MAX_LIFETIME_SECONDS'),
    }),
    now: () => new Date(),
  };
}
