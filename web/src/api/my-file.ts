import { lastReceived, request } from './client';
import type { MyFile } from './types';

// The young person's own file, which every page of theirs starts with: in the entry bundle,
// apart from the other routes of the area (most are staff's), which load with their pages.

let prefetchedMyFile: Promise<MyFile> | null = null;

/**
 * Asks for the young person's own file as soon as the session is restored, while their page's
 * chunk is still on its way: every page of theirs starts with it, and a slow network then waits
 * one round trip less. The next `getMyFile` takes this answer; later ones ask again.
 */
export function prefetchMyFile(): void {
  prefetchedMyFile = request<MyFile>('/api/youth/me');
  // A failure is the page's to show, when it asks.
  prefetchedMyFile.catch(() => {});
}

export function getMyFile(signal?: AbortSignal): Promise<MyFile> {
  const prefetched = prefetchedMyFile;
  prefetchedMyFile = null;
  return prefetched ?? request('/api/youth/me', { signal });
}

/** The id and first name of the young person's file as this tab last received it (a reload), or null (a first visit). */
export function myFileSeen(): { id: string; firstName: string } | null {
  const seen = lastReceived('/api/youth/me');
  if (typeof seen !== 'object' || seen === null) return null;
  const { id, firstName } = seen as { id?: unknown; firstName?: unknown };
  return typeof id === 'string' && typeof firstName === 'string' ? { id, firstName } : null;
}

/**
 * The young person's file and what a page reads by its id. When this tab already knows the id
 * (a reload, a second page), both are asked for at once rather than one after the other: one
 * round trip less on a slow network (issue 15, LCP). Should the file answer another id, the
 * page's data is asked for again with it.
 */
export async function withMyFile<T>(
  signal: AbortSignal | undefined,
  load: (youthId: string) => Promise<T>,
): Promise<{ youth: MyFile; data: T }> {
  const known = myFileSeen()?.id ?? null;
  const early = known ? load(known) : null;
  // Its failure is awaited below, or moot when the id changed.
  early?.catch(() => {});
  const youth = await getMyFile(signal);
  return { youth, data: await (early && youth.id === known ? early : load(youth.id)) };
}
