import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../../test/support/memory-storage';
import { OfflineCopies } from './offline-copies';

describe('OfflineCopies', () => {
  it('gives back the last answer seen by this account, with its date, and tells the page it is an old copy', () => {
    const storage = memoryStorage();
    const copies = new OfflineCopies(
      () => storage,
      () => new Date('2026-11-29T18:41:00Z'),
    );
    const shown = vi.fn();
    copies.onShown(shown);

    copies.remember('jeune-62-lina', '/api/youth/me', { data: { firstName: 'Lina' } });

    expect(copies.recall('jeune-62-lina', '/api/youth/me')).toEqual({ at: '2026-11-29T18:41:00.000Z', data: { firstName: 'Lina' } });
    expect(shown).toHaveBeenCalledWith('2026-11-29T18:41:00.000Z');
    expect(copies.recall('jeune-62-yanis', '/api/youth/me')).toBeNull();
  });

  it('lets a page peek at a copy without telling that an old copy is on screen', () => {
    const storage = memoryStorage();
    const copies = new OfflineCopies(() => storage);
    const shown = vi.fn();
    copies.onShown(shown);
    copies.remember('jeune-62-lina', '/api/youth/me', { data: { id: 'y1' } });

    expect(copies.peek('jeune-62-lina', '/api/youth/me')?.data).toEqual({ id: 'y1' });
    expect(copies.peek('jeune-62-yanis', '/api/youth/me')).toBeNull();
    expect(shown).not.toHaveBeenCalled();
  });

  it('forgets every copy at the end of a session, and only its own keys', () => {
    const storage = memoryStorage();
    storage.setItem('envol.token', 'kept');
    const copies = new OfflineCopies(() => storage);
    copies.remember('jeune-62-lina', '/api/youth/me', { data: {} });
    copies.remember('jeune-62-lina', '/api/interviews/y1/plan', { notFound: { code: 'PLAN_NOT_FOUND', message: 'Aucun projet' } });

    copies.forgetAll();

    expect(storage.length).toBe(1);
    expect(copies.recall('jeune-62-lina', '/api/youth/me')).toBeNull();
  });

  it('keeps working without storage (refused, or full)', () => {
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    for (const copies of [new OfflineCopies(() => null), new OfflineCopies(() => full)]) {
      copies.remember('a', '/p', { data: {} });
      expect(copies.recall('a', '/p')).toBeNull();
    }
  });
});
