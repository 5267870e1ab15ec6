import { depsFromEnv } from '../../shared/http/deps-from-env.js';
import { lambdaHandler } from '../../shared/http/lambda-handler.js';
import { createYouthArchiveApp } from './app.js';

export const handler = lambdaHandler(createYouthArchiveApp(depsFromEnv()));
