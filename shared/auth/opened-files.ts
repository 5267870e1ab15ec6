import { AsyncLocalStorage } from 'node:async_hooks';
import type { YouthAction } from './policy.js';

/** A young person's file the policy let a request into, and for what. */
export interface OpenedFile {
  youthId: string;
  action: YouthAction;
}

const openedInRequest = new AsyncLocalStorage<OpenedFile[]>();

/**
 * Runs `work` (a request's handling) noting every file the policy lets it into, and returns
 * them: an answer kept for a replay (Idempotency-Key) is given again only to a caller the
 * policy still lets into each of them (shared/http/idempotency.ts).
 */
export async function noteOpenedFiles(work: () => Promise<void>): Promise<OpenedFile[]> {
  const opened: OpenedFile[] = [];
  await openedInRequest.run(opened, work);
  return opened;
}

/** The policy let the current request into `youthId` for `action` (nothing is noted outside a request). */
export function noteOpenedFile(youthId: string, action: YouthAction): void {
  const opened = openedInRequest.getStore();
  if (opened && !opened.some((file) => file.youthId === youthId && file.action === action)) opened.push({ youthId, action });
}
