import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../../test/support/memory-storage';
import { configureApiSession } from './client';
import { withMyFile } from './my-file';

const fetchMock = vi.fn<typeof fetch>();

function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

/** The paths asked for, in order, and a way to answer each when the test says so. */
function networkInOrder() {
  const asked: string[] = [];
  const answers = new Map<string, (body: unknown) => void>();
  fetchMock.mockImplementation(
    (input) =>
      new Promise((resolve) => {
        const path = String(input);
        asked.push(path);
        answers.set(path, (body) => resolve(jsonResponse(body)));
      }),
  );
  const answer = async (path: string, body: unknown) => {
    await vi.waitFor(() => expect(answers.has(path)).toBe(true));
    answers.get(path)?.(body);
    answers.delete(path);
  };
  return { asked, answer };
}

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('sessionStorage', memoryStorage());
  configureApiSession({ getToken: () => 'le-jeton', onUnauthorized: () => {}, offlineCopiesOwner: () => 'jeune-62-lina' });
});

afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

describe('withMyFile', () => {
  it('asks for the file first, then the page’s data, on a first visit', async () => {
    const { asked, answer } = networkInOrder();

    const loading = withMyFile(undefined, (youthId) => fetch(`/api/grids/${youthId}/progress`).then((r) => r.json()));
    await answer('/api/youth/me', { id: 'y1', firstName: 'Lina' });
    await answer('/api/grids/y1/progress', { points: [] });

    expect(await loading).toEqual({ youth: { id: 'y1', firstName: 'Lina' }, data: { points: [] } });
    expect(asked).toEqual(['/api/youth/me', '/api/grids/y1/progress']);
  });

  it('asks for both at once once this tab has seen the file, before the file answers', async () => {
    const first = networkInOrder();
    const visit = withMyFile(undefined, async () => null);
    await first.answer('/api/youth/me', { id: 'y1', firstName: 'Lina' });
    await visit;
    fetchMock.mockReset();
    const { asked, answer } = networkInOrder();

    const loading = withMyFile(undefined, (youthId) => fetch(`/api/grids/${youthId}/progress`).then((r) => r.json()));

    // The page's data left without waiting for the file.
    await vi.waitFor(() => expect(asked).toEqual(['/api/grids/y1/progress', '/api/youth/me']));
    await answer('/api/grids/y1/progress', { points: [1] });
    await answer('/api/youth/me', { id: 'y1', firstName: 'Lina' });
    expect(await loading).toEqual({ youth: { id: 'y1', firstName: 'Lina' }, data: { points: [1] } });
  });

  it('asks again with the file’s id should it differ from the one seen', async () => {
    sessionStorage.setItem('envol.seen.jeune-62-lina./api/youth/me', JSON.stringify({ at: 'x', data: { id: 'old', firstName: 'Lina' } }));
    const { asked, answer } = networkInOrder();

    const loading = withMyFile(undefined, (youthId) => fetch(`/api/grids/${youthId}/progress`).then((r) => r.json()));
    await answer('/api/grids/old/progress', { points: ['old'] });
    await answer('/api/youth/me', { id: 'y2', firstName: 'Lina' });
    await answer('/api/grids/y2/progress', { points: ['new'] });

    expect((await loading).data).toEqual({ points: ['new'] });
    expect(asked).toEqual(['/api/grids/old/progress', '/api/youth/me', '/api/grids/y2/progress']);
  });
});
