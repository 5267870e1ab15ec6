import { describe, expect, it } from 'vitest';
import type { RgpdRequest } from '../api/types';
import { withRequestsSent } from './my-rgpd-requests';

function request(id: string, overrides: Partial<RgpdRequest> = {}): RgpdRequest {
  return {
    id,
    youthId: 'y1',
    kind: 'acces',
    details: null,
    status: 'en_attente',
    requestedAt: '2026-11-30T10:00:00.000Z',
    receivedOn: '2026-11-30',
    dueOn: '2026-12-30',
    extension: null,
    late: false,
    answers: [],
    version: 1,
    ...overrides,
  };
}

describe('withRequestsSent', () => {
  it('adds a request just sent after the listed ones, so it shows first on the page', () => {
    const listed = [request('a'), request('b')];
    expect(withRequestsSent(listed, [request('c')]).map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the request sent when a list asked for before the send answers after it', () => {
    expect(withRequestsSent([], [request('c')]).map((item) => item.id)).toEqual(['c']);
  });

  it('shows a request once when the list already holds it, with the server’s copy', () => {
    const answered = request('c', { status: 'traitee' });
    const result = withRequestsSent([request('a'), answered], [request('c')]);
    expect(result.map((item) => item.id)).toEqual(['a', 'c']);
    expect(result[1]?.status).toBe('traitee');
  });

  it('shows a request sent twice (the page and the phone’s own resend, same key) once', () => {
    expect(withRequestsSent([], [request('c'), request('c')]).map((item) => item.id)).toEqual(['c']);
  });
});
