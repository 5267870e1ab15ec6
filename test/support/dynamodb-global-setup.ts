import type { TestProject } from 'vitest/node';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../functions/local/dynamodb-local.js';
import { freePort } from '../../functions/local/port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

/**
 * The projects' global set-ups all run in Vitest's main process, one after the other: the
 * first starts the emulator, the others use it, the last to finish stops it.
 */
const run = globalThis as { envolTestDynamoDb?: { started: Promise<DynamoDbLocal>; projects: number } };

/**
 * One in-memory DynamoDB Local per test run, shared by every project that needs one (a
 * JVM start takes seconds); each test file creates its own tables in it.
 */
export default async function setup(project: TestProject) {
  run.envolTestDynamoDb ??= { started: freePort().then((port) => startDynamoDbLocal({ port })), projects: 0 };
  const shared = run.envolTestDynamoDb;
  shared.projects += 1;
  const dynamo = await shared.started;
  project.provide('dynamoEndpoint', dynamo.endpoint);
  return async () => {
    shared.projects -= 1;
    if (shared.projects > 0) return;
    run.envolTestDynamoDb = undefined;
    await dynamo.stop();
  };
}
