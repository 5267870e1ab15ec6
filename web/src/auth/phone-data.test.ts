import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../../test/support/memory-storage';
import { offlineCopies } from '../lib/offline-copies';
import { drafts } from '../ui/drafts';
import { forgetOnThisPhone, keepOnThisPhone } from './phone-data';
import type { Session } from './token';

const lina: Session = { token: 't', sub: 'jeune-62-lina', name: 'Lina Martin', role: 'jeune', departement: '62', expiresAt: null };

beforeEach(() => {
  vi.stubGlobal('sessionStorage', memoryStorage());
  vi.stubGlobal('addEventListener', () => {});
  // Nothing waits to be sent in these tests, but never reach a network.
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
});
afterEach(() => vi.unstubAllGlobals());

describe('a shared phone', () => {
  it('keeps nothing of the young person after sign-out: drafts and copies of what was seen', async () => {
    keepOnThisPhone(lina);
    await drafts.keep('preparation:y1', { 'projet-pro': 'Un CAP cuisine' });
    offlineCopies.remember(lina.sub, '/api/youth/me', { data: { firstName: 'Lina' } });

    await forgetOnThisPhone(lina.sub, { drafts: true });
    keepOnThisPhone(lina);

    expect(await drafts.read('preparation:y1')).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps the drafts for the next sign-in when the session merely ended, but not the copies', async () => {
    keepOnThisPhone(lina);
    await drafts.keep('preparation:y1', { 'projet-pro': 'Un CAP cuisine' });
    offlineCopies.remember(lina.sub, '/api/youth/me', { data: { firstName: 'Lina' } });

    await forgetOnThisPhone(lina.sub, { drafts: false });
    const whileSignedOut = await drafts.read('preparation:y1');
    keepOnThisPhone(lina);

    expect(whileSignedOut).toBeNull();
    expect(await drafts.read('preparation:y1')).toMatchObject({ value: { 'projet-pro': 'Un CAP cuisine' } });
    expect(sessionStorage.length).toBe(0);
  });
});
