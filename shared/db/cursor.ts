import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { InvalidInput } from '../domain/errors.js';

type Key = Record<string, string>;

/**
 * What a cursor of one query may hold: exactly these attributes, each a non-empty
 * string equal to a value (the partition queried) or starting with a prefix (the sort
 * keys that query can return). Anything else never reaches DynamoDB.
 */
export type CursorShape = Record<string, { equals: string } | { startsWith: string }>;

/** Turns a LastEvaluatedKey into an opaque cursor and back. */
export interface CursorCodec {
  encode(lastEvaluatedKey: Record<string, unknown> | undefined): Promise<string | null>;
  /** The start key for the query `shape` describes; 400 `INVALID_CURSOR` for anything else. */
  decode(cursor: string | undefined, shape: CursorShape): Promise<Key | undefined>;
}

const MAX_CURSOR_LENGTH = 2048;
/** Below this a key could be guessed; a generated one is 32 random bytes. */
export const MIN_CURSOR_SECRET_LENGTH = 32;

export function invalidCursor(): InvalidInput {
  return new InvalidInput('cursor.invalid', [
    { path: 'query.cursor', message: 'Le curseur de pagination est illisible ou vient d’une autre liste.' },
  ]);
}

/**
 * Whether a decoded cursor is a start key `shape` allows: the same attribute names,
 * no more and no fewer, every value a non-empty string within its bound.
 */
export function fitsShape(key: unknown, shape: CursorShape): key is Key {
  if (typeof key !== 'object' || key === null || Array.isArray(key)) return false;
  const names = Object.keys(key);
  const expected = Object.keys(shape);
  if (names.length !== expected.length || !expected.every((name) => Object.hasOwn(key, name))) return false;
  return expected.every((name) => {
    const value = (key as Record<string, unknown>)[name];
    const rule = shape[name];
    if (typeof value !== 'string' || value === '' || rule === undefined) return false;
    return 'equals' in rule ? value === rule.equals : value.startsWith(rule.startsWith) && value.length > rule.startsWith.length;
  });
}

function signature(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/**
 * Cursors signed with HMAC-SHA256: `<base64url JSON>.<base64url MAC>`. A cursor changed
 * in any way fails the MAC; the shape is checked too, so that a genuine cursor of one
 * query is refused by another. `loadSecret` is called once, on first use (in AWS it
 * reads Secrets Manager).
 */
export function createCursorCodec(loadSecret: () => Promise<string>): CursorCodec {
  let secret: Promise<string> | undefined;
  const getSecret = () => {
    secret ??= loadSecret().then((value) => {
      if (value.length < MIN_CURSOR_SECRET_LENGTH) throw new Error('The cursor secret is too short.');
      return value;
    });
    // A failed load is retried on the next request rather than remembered.
    secret.catch(() => {
      secret = undefined;
    });
    return secret;
  };

  return {
    async encode(lastEvaluatedKey) {
      if (!lastEvaluatedKey) return null;
      const payload = Buffer.from(JSON.stringify(lastEvaluatedKey), 'utf8').toString('base64url');
      return `${payload}.${signature(await getSecret(), payload).toString('base64url')}`;
    },

    async decode(cursor, shape) {
      if (cursor === undefined) return undefined;
      const [payload, mac, extra] = cursor.length > MAX_CURSOR_LENGTH ? [] : cursor.split('.');
      if (!payload || !mac || extra !== undefined) throw invalidCursor();
      const expected = signature(await getSecret(), payload);
      const given = Buffer.from(mac, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalidCursor();
      let key: unknown;
      try {
        key = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        throw invalidCursor();
      }
      if (!fitsShape(key, shape)) throw invalidCursor();
      return key;
    },
  };
}

/** A codec with a fixed secret: tests, and the local server. */
export function cursorCodecWithSecret(secret: string): CursorCodec {
  return createCursorCodec(async () => secret);
}

/** A fresh random secret, as long as a generated one. */
export function generateCursorSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Cursors valid for this process only: tests, seeding, benchmarks. */
export function ephemeralCursorCodec(): CursorCodec {
  return cursorCodecWithSecret(generateCursorSecret());
}
