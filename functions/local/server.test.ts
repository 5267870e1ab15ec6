import { describe, expect, it } from 'vitest';
import { exposureWarning, isLoopback } from './server.js';

describe('exposureWarning', () => {
  it('says nothing on loopback', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.1.1']) {
      expect(isLoopback(host), host).toBe(true);
      expect(exposureWarning(host, true), host).toBeNull();
    }
  });

  it('warns when the dev issuer listens beyond this machine', () => {
    expect(exposureWarning('0.0.0.0', true)).toMatch(/HOST=0\.0\.0\.0.*admin/);
    expect(exposureWarning('192.168.1.10', true)).toMatch(/dev token issuer/);
  });

  it('says nothing when the dev issuer is off', () => {
    expect(exposureWarning('0.0.0.0', false)).toBeNull();
  });
});
