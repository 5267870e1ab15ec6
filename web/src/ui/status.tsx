import { useEffect, useState } from 'preact/hooks';
import { currentPath } from '../router/router';

/**
 * One polite live region for the whole app. A message belongs to a page: announcing
 * before navigating (« Dossier créé ») shows it on the page navigated to, and it is
 * not carried over to other pages.
 */
interface Announcement {
  id: number;
  message: string;
  path: string;
}

const VISIBLE_MS = 10_000;
let current: Announcement | null = null;
let lastId = 0;
const listeners = new Set<() => void>();

function publish(next: Announcement | null): void {
  current = next;
  for (const listener of listeners) listener();
}

export function announce(message: string, path: string = currentPath()): void {
  lastId += 1;
  publish({ id: lastId, message, path });
}

export function StatusRegion({ path }: { path: string }) {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const rerender = () => setVersion((version) => version + 1);
    listeners.add(rerender);
    return () => {
      listeners.delete(rerender);
    };
  }, []);
  const shown = current && current.path === path ? current : null;
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => {
      if (current === shown) publish(null);
    }, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [shown]);
  // A new node per message makes screen readers announce a repeated message again.
  return (
    <div class="status" role="status" aria-live="polite">
      {shown && (
        <p key={shown.id} class="status-message">
          {shown.message}
        </p>
      )}
    </div>
  );
}
