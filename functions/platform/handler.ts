import { lambdaHandler } from '../../shared/http/lambda-handler.js';
import { createPlatformApp } from './app.js';

export const handler = lambdaHandler(createPlatformApp());
