import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/**
 * Where the key that signs pagination cursors comes from: in AWS, a Secrets Manager
 * secret the stack generates (`ENVOL_CURSOR_SECRET_ARN`, read once per cold start,
 * on the first page asked for); elsewhere, `ENVOL_CURSOR_SECRET` itself.
 */
export function cursorSecretFromEnv(env: NodeJS.ProcessEnv): () => Promise<string> {
  const arn = env.ENVOL_CURSOR_SECRET_ARN;
  if (arn) {
    return async () => {
      const result = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: arn }));
      if (!result.SecretString) throw new Error('The cursor secret is empty.');
      return result.SecretString;
    };
  }
  const value = env.ENVOL_CURSOR_SECRET;
  if (!value) throw new Error('Missing configuration: ENVOL_CURSOR_SECRET_ARN or ENVOL_CURSOR_SECRET');
  return async () => value;
}
