import type { RgpdRequest } from '../api/types';
import { formatTimestamp } from '../lib/dates';

/** The two months' extension of a request (art. 12.3) and its reasons, as both the young person and staff read it. */
export function ExtensionNotice({ extension }: { extension: RgpdRequest['extension'] }) {
  if (!extension) return null;
  return (
    <div class="notice">
      <p>
        <strong>Délai de réponse prolongé de deux mois</strong>, le {formatTimestamp(extension.extendedAt)}
        {extension.extendedByName ? ` par ${extension.extendedByName}` : ''}.
      </p>
      <p>{extension.reasons}</p>
    </div>
  );
}
