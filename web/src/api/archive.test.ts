import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildArchivesPackage } from './archive';
import { ApiError, configureApiSession } from './client';

const fetchMock = vi.fn<typeof fetch>();
const ZIP = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  configureApiSession({ getToken: () => 'le-jeton', onUnauthorized: () => {} });
});

afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

describe('buildArchivesPackage', () => {
  it('posts the reference and keeps the server’s file name and the X-Package-SHA256 header', async () => {
    fetchMock.mockResolvedValue(
      new Response(ZIP, {
        headers: { 'Content-Disposition': 'attachment; filename="versement-62-2040-01-02.zip"', 'X-Package-SHA256': 'a'.repeat(64) },
      }),
    );
    const built = await buildArchivesPackage('y-1', 'Visa 12');
    expect(built.filename).toBe('versement-62-2040-01-02.zip');
    expect(built.sha256).toBe('a'.repeat(64));
    const [path, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(path).toBe('/api/youth/y-1/archives-package');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ decisionReference: 'Visa 12' });
  });

  it('computes the SHA-256 of the bytes received when the header is hidden, with a name without personal data', async () => {
    fetchMock.mockResolvedValue(new Response(ZIP));
    const built = await buildArchivesPackage('y-1', 'Visa 12');
    expect(built.sha256).toBe(createHash('sha256').update(ZIP).digest('hex'));
    expect(built.filename).toBe('versement-archives.zip');
  });

  it('throws the API’s French refusal (409)', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ error: { code: 'INTERMEDIATE_PERIOD_NOT_OVER', message: 'Pas encore.' } }), {
        status: 409,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    const refusal = await buildArchivesPackage('y-1', 'Visa 12').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ status: 409, code: 'INTERMEDIATE_PERIOD_NOT_OVER', message: 'Pas encore.' });
  });
});
