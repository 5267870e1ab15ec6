import { depsFromEnv } from '../../shared/http/deps-from-env.js';
import { lambdaHandler } from '../../shared/http/lambda-handler.js';
import { createHousingApp } from './app.js';

export const handler = lambdaHandler(createHousingApp(depsFromEnv()));
