import { describe, expect, it } from 'vitest';
import { type CursorShape, cursorCodecWithSecret, fitsShape } from './cursor.js';

const codec = cursorCodecWithSecret('a'.repeat(32));
const journal: CursorShape = { pk: { equals: 'D#62#Y#1' }, sk: { startsWith: 'JOURNAL#' } };
const key = { pk: 'D#62#Y#1', sk: 'JOURNAL#2' };

function unsigned(value: unknown) {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Decodes a genuine cursor, changes its key and re-encodes it with the original MAC. */
function tampered(cursor: string, change: (key: Record<string, unknown>) => Record<string, unknown>) {
  const [payload, mac] = cursor.split('.');
  const decoded = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
  return `${unsigned(change(decoded))}.${mac}`;
}

describe('cursor codec', () => {
  it('round-trips a key of the same query, and hides the key format', async () => {
    const cursor = (await codec.encode(key)) ?? '';
    expect(cursor).not.toContain('D#62');
    await expect(codec.decode(cursor, journal)).resolves.toEqual(key);
  });

  it('is null when there is no next page', async () => {
    await expect(codec.encode(undefined)).resolves.toBeNull();
  });

  it.each([
    ['the partition key removed', ({ pk: _pk, ...rest }: Record<string, unknown>) => rest],
    ['the sort key emptied', (decoded: Record<string, unknown>) => ({ ...decoded, sk: '' })],
    ['an extra attribute', (decoded: Record<string, unknown>) => ({ ...decoded, gsi1pk: 'x' })],
    ['a sort key outside the prefix', (decoded: Record<string, unknown>) => ({ ...decoded, sk: 'AUDIT#2' })],
    ['another partition', (decoded: Record<string, unknown>) => ({ ...decoded, pk: 'D#59#Y#1' })],
  ])('refuses a cursor with %s, even re-encoded with its MAC', async (_label, change) => {
    const cursor = tampered((await codec.encode(key)) ?? '', change);
    await expect(codec.decode(cursor, journal)).rejects.toMatchObject({ code: 'cursor.invalid' });
  });

  it('refuses an unsigned cursor, another key’s signature and garbage', async () => {
    const other = cursorCodecWithSecret('b'.repeat(32));
    for (const cursor of [unsigned(key), (await other.encode(key)) ?? '', '%%%', '.', 'a.b.c', 'x'.repeat(3000)]) {
      await expect(codec.decode(cursor, journal)).rejects.toMatchObject({ code: 'cursor.invalid' });
    }
  });

  it('refuses a genuine cursor of another query', async () => {
    const audit: CursorShape = { pk: { equals: 'D#62#Y#1' }, sk: { startsWith: 'AUDIT#' } };
    await expect(codec.decode((await codec.encode(key)) ?? '', audit)).rejects.toMatchObject({ code: 'cursor.invalid' });
  });

  it('refuses a secret too short to be safe', async () => {
    await expect(cursorCodecWithSecret('short').encode(key)).rejects.toThrow(/too short/);
  });
});

describe('fitsShape', () => {
  it('accepts exactly the attributes of the shape, within their bounds', () => {
    expect(fitsShape(key, journal)).toBe(true);
    expect(fitsShape({ ...key, sk: 'JOURNAL#' }, journal)).toBe(false);
    expect(fitsShape({ ...key, sk: 2 }, journal)).toBe(false);
    expect(fitsShape(['D#62#Y#1', 'JOURNAL#2'], journal)).toBe(false);
    expect(fitsShape(null, journal)).toBe(false);
    expect(fitsShape(JSON.parse('{"pk":"D#62#Y#1","sk":"JOURNAL#2","__proto__":{"x":1}}'), journal)).toBe(false);
  });
});
