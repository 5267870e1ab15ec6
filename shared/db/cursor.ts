import { InvalidInput } from '../domain/errors.js';

type Key = Record<string, string>;

/** Turns DynamoDB's LastEvaluatedKey into an opaque cursor for the next page. */
export function encodeCursor(lastEvaluatedKey: Record<string, unknown> | undefined): string | null {
  if (!lastEvaluatedKey) return null;
  return Buffer.from(JSON.stringify(lastEvaluatedKey), 'utf8').toString('base64url');
}

function invalidCursor(): InvalidInput {
  return new InvalidInput('cursor.invalid', [
    { path: 'query.cursor', message: 'Le curseur de pagination est illisible ou vient d’une autre liste.' },
  ]);
}

/**
 * Reads a cursor back, refusing any key that does not belong to the partition being
 * queried: a forged cursor must not move a query into someone else's data.
 */
export function decodeCursor(cursor: string | undefined, partition: Key): Key | undefined {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    if (cursor.length > 2048) throw new Error('too long');
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw invalidCursor();
  const entries = Object.entries(key);
  if (entries.length > 6 || !entries.every(([, value]) => typeof value === 'string')) throw invalidCursor();
  const typed = Object.fromEntries(entries) as Key;
  for (const [name, value] of Object.entries(partition)) {
    if (typed[name] !== value) throw invalidCursor();
  }
  return typed;
}
