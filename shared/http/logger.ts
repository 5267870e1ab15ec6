import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The one structured JSON logger. Log lines carry ids, routes, statuses and timings,
 * never a name, a journal text, feedback or a ballot choice.
 */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'envol',
  logLevel: (process.env.POWERTOOLS_LOG_LEVEL ?? process.env.LOG_LEVEL ?? 'INFO') as 'INFO',
});
