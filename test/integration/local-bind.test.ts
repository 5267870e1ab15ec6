import { createConnection } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

/**
 * The local server signs admin tokens for anyone who asks (dev issuer) and DynamoDB Local
 * has no authentication: neither may answer from the network, only from this machine.
 */
function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** An address of this machine on a network (not loopback), if it has one. */
const networkAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && !address.internal && address.family === 'IPv4')?.address;

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

describe.runIf(networkAddress)('local servers bind to loopback by default', () => {
  it('the API and dev token issuer answer on 127.0.0.1 only', async () => {
    const port = Number(new URL(api.url).port);
    expect(await answers('127.0.0.1', port)).toBe(true);
    expect(await answers(networkAddress ?? '', port)).toBe(false);
  });

  it('DynamoDB Local answers on 127.0.0.1 only', async () => {
    const port = Number(new URL(inject('dynamoEndpoint')).port);
    expect(await answers('127.0.0.1', port)).toBe(true);
    expect(await answers(networkAddress ?? '', port)).toBe(false);
  });
});
