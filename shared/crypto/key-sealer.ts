import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/**
 * Seals the consultations' private ballot keys before they are stored (AES-256-GCM, the
 * consultation's ballot box as associated data, so a sealed key moved to another
 * consultation does not open). The sealing key comes from a secret that never reaches
 * the tables: Secrets Manager in AWS, a file of the data folder under `npm start`.
 */
export interface KeySealer {
  seal(plain: Uint8Array, context: string): Promise<string>;
  open(sealed: string, context: string): Promise<Buffer>;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
export const MIN_BALLOT_KEY_SECRET_LENGTH = 32;

function sealingKey(secret: string): Buffer {
  if (secret.length < MIN_BALLOT_KEY_SECRET_LENGTH) {
    throw new Error(`The ballot key secret must be ${MIN_BALLOT_KEY_SECRET_LENGTH} characters at least.`);
  }
  return Buffer.from(hkdfSync('sha256', secret, 'envol', 'envol ballot private keys v1', 32));
}

/** A sealer whose key is derived from `loadSecret()`, loaded once on first use. */
export function createKeySealer(loadSecret: () => Promise<string>): KeySealer {
  let key: Promise<Buffer> | undefined;
  const keyOnce = () => {
    key ??= loadSecret()
      .then(sealingKey)
      .catch((error: unknown) => {
        key = undefined;
        throw error;
      });
    return key;
  };
  return {
    async seal(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', await keyOnce(), iv);
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    async open(sealed, context) {
      const bytes = Buffer.from(sealed, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', await keyOnce(), bytes.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    },
  };
}

export function keySealerWithSecret(secret: string): KeySealer {
  sealingKey(secret);
  return createKeySealer(async () => secret);
}

/** A random secret, for the data folder of `npm start`. */
export function generateBallotKeySecret(): string {
  return randomBytes(32).toString('base64url');
}

/** For tests and benchmarks: a key that lives as long as the process. */
export function ephemeralKeySealer(): KeySealer {
  return keySealerWithSecret(generateBallotKeySecret());
}

/**
 * The sealer of a Lambda: in AWS, the secret the stack generates
 * (`ENVOL_BALLOT_KEY_SECRET_ARN`, read once per cold start, on the first use); elsewhere
 * `ENVOL_BALLOT_KEY_SECRET` itself.
 */
export function keySealerFromEnv(env: NodeJS.ProcessEnv): KeySealer {
  const arn = env.ENVOL_BALLOT_KEY_SECRET_ARN;
  if (arn) {
    return createKeySealer(async () => {
      const result = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: arn }));
      if (!result.SecretString) throw new Error('The ballot key secret is empty.');
      return result.SecretString;
    });
  }
  const value = env.ENVOL_BALLOT_KEY_SECRET;
  if (!value) throw new Error('Missing configuration: ENVOL_BALLOT_KEY_SECRET_ARN or ENVOL_BALLOT_KEY_SECRET');
  return keySealerWithSecret(value);
}
