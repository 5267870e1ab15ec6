/** A random UUID v4; `crypto.randomUUID` where available (secure contexts), getRandomValues otherwise. */
export function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One Idempotency-Key per submitted content: sending the same content again (a retry
 * after a network error) reuses the key, so the server does not create it twice; once
 * the content changes or a submission succeeds, the next one gets a fresh key.
 */
export class IdempotencyKeys {
  private last: { content: string; key: string } | null = null;

  keyFor(body: unknown): string {
    const content = JSON.stringify(body);
    if (this.last?.content !== content) this.last = { content, key: randomUuid() };
    return this.last.key;
  }

  /** After a success: the same content submitted again is a new, deliberate request. */
  reset(): void {
    this.last = null;
  }
}
