import { type FromEnvInit, fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * What a deployed function bundles in place of `@aws-sdk/credential-provider-node` (an
 * esbuild alias, `FUNCTION_ALIASES` in infra/lib/function-bundling.ts). Every SDK client
 * imports that package's default chain (SSO, INI files, processes, web identity, the
 * login provider and the STS and SSO clients they call: about 80 KB minified) even when
 * given `credentials`. Lambda hands a function its role's credentials in environment
 * variables, so the environment is the only provider a function uses. Tests and the local
 * server keep the real chain.
 */
export const defaultProvider = (init?: FromEnvInit) => fromEnv(init);
