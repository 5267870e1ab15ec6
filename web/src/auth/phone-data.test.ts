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
    await keepOnThisPhone(lina);
    await drafts.keep('preparation:y1', { 'projet-pro': 'Un CAP cuisine' });
    offlineCopies.remember(lina.sub, '/api/youth/me', { data: { firstName: 'Lina' } });

    await forgetOnThisPhone(lina.sub, { drafts: true });
    await keepOnThisPhone(lina);

    expect(await drafts.read('preparation:y1')).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps the drafts for the next sign-in when the session merely ended, but not the copies', async () => {
    await keepOnThisPhone(lina);
    await drafts.keep('preparation:y1', { 'projet-pro': 'Un CAP cuisine' });
    offlineCopies.remember(lina.sub, '/api/youth/me', { data: { firstName: 'Lina' } });

    await forgetOnThisPhone(lina.sub, { drafts: false });
    const whileSignedOut = await drafts.read('preparation:y1');
    await keepOnThisPhone(lina);

    expect(whileSignedOut).toBeNull();
    expect(await drafts.read('preparation:y1')).toMatchObject({ value: { 'projet-pro': 'Un CAP cuisine' } });
    expect(sessionStorage.length).toBe(0);
  });
});

describe('the drafts, a chunk loaded when the session starts', () => {
  it('are the young person’s from the moment the chunk runs, even when a page’s chunk brings them first', async () => {
    vi.resetModules();
    const phoneData = await import('./phone-data');
    const starting = phoneData.keepOnThisPhone(lina);
    // A page's chunk that imports the drafts, evaluated before the session's start has finished.
    const fresh = await import('../ui/drafts');
    await fresh.drafts.keep('binome-message:y1', 'Bonjour');

    expect(await fresh.drafts.read('binome-message:y1')).toMatchObject({ value: 'Bonjour' });
    await starting;
    await phoneData.forgetOnThisPhone(lina.sub, { drafts: true });
  });

  it('are nobody’s when the session ends while the chunk is on its way', async () => {
    await keepOnThisPhone(lina);
    await drafts.keep('plan-change:y1', 'Plus de temps');
    await forgetOnThisPhone(lina.sub, { drafts: false });

    const starting = keepOnThisPhone(lina);
    await forgetOnThisPhone(lina.sub, { drafts: false });
    await starting;
    const whileSignedOut = await drafts.read('plan-change:y1');
    await keepOnThisPhone(lina);

    expect(whileSignedOut).toBeNull();
    expect(await drafts.read('plan-change:y1')).toMatchObject({ value: 'Plus de temps' });
  });
});
