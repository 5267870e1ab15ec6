import { afterEach, describe, expect, it, vi } from 'vitest';
import { IdempotencyKeys, randomUuid } from './idempotency';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('randomUuid', () => {
  it('gives a v4 UUID', () => {
    expect(randomUuid()).toMatch(UUID_V4);
  });

  it('gives a v4 UUID without crypto.randomUUID (insecure context)', () => {
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    expect(randomUuid()).toMatch(UUID_V4);
  });
});

describe('IdempotencyKeys', () => {
  it('reuses the key when the same content is sent again', () => {
    const keys = new IdempotencyKeys();
    expect(keys.keyFor({ text: 'Bonjour' })).toBe(keys.keyFor({ text: 'Bonjour' }));
  });

  it('gives a new key when the content changes', () => {
    const keys = new IdempotencyKeys();
    const first = keys.keyFor({ text: 'Bonjour' });
    expect(keys.keyFor({ text: 'Bonjour !' })).not.toBe(first);
  });

  it('gives a new key after a success, even for the same content', () => {
    const keys = new IdempotencyKeys();
    const first = keys.keyFor({ text: 'Bonjour' });
    keys.reset();
    expect(keys.keyFor({ text: 'Bonjour' })).not.toBe(first);
  });
});
