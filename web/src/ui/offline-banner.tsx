import { useEffect, useState } from 'preact/hooks';
import { offlineCopies } from '../lib/offline-copies';
import { formatTimestamp } from '../lib/timestamps';

/** Without network, a page shows what was seen last: says so, with the oldest date on screen. */
export function OfflineBanner({ path }: { path: string }) {
  const [seenAt, setSeenAt] = useState<string | null>(null);

  useEffect(() => {
    setSeenAt(null);
    const stop = offlineCopies.onShown((at) => setSeenAt((earlier) => (earlier !== null && earlier < at ? earlier : at)));
    const online = () => setSeenAt(null);
    addEventListener('online', online);
    return () => {
      stop();
      removeEventListener('online', online);
    };
  }, [path]);

  if (seenAt === null) return null;
  return (
    <div class="notice notice--warning offline-banner" role="status">
      <p>
        <strong>Hors connexion.</strong> Ce qui est affiché a été vu pour la dernière fois le {formatTimestamp(seenAt)}. Rien ne change tant
        que la connexion ne revient pas.
      </p>
    </div>
  );
}
