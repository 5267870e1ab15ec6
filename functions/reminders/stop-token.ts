import type { Store } from '../../shared/db/store.js';
import { InvalidInput } from '../../shared/domain/errors.js';
import type { Recipient } from '../../shared/domain/reminders.js';

/**
 * The STOP link's token: who to stop, signed with the key that signs pagination cursors
 * (HMAC-SHA256). Its attributes (`stopDepartement` with `stopYouth` or `stopStaff`) fit no
 * cursor's shape and no cursor fits theirs, so neither can pass for the other. No sign-in
 * is needed: whoever holds a message may stop the messages.
 */
export async function stopToken(store: Store, departement: string, recipient: Recipient): Promise<string> {
  const payload =
    recipient.type === 'jeune'
      ? { stopDepartement: departement, stopYouth: recipient.youthId }
      : { stopDepartement: departement, stopStaff: recipient.sub };
  return (await store.cursors.encode(payload)) ?? '';
}

export async function stopUrl(store: Store, appOrigin: string, departement: string, recipient: Recipient): Promise<string> {
  return `${appOrigin}/#/arret/${await stopToken(store, departement, recipient)}`;
}

const ANY = { startsWith: '' };

/** Who a STOP token stops; 400 for a token changed in any way. */
export async function readStopToken(store: Store, token: string): Promise<{ departement: string; recipient: Recipient }> {
  for (const [attribute, type] of [
    ['stopYouth', 'jeune'],
    ['stopStaff', 'staff'],
  ] as const) {
    try {
      const key = await store.cursors.decode(token, { stopDepartement: ANY, [attribute]: ANY });
      if (!key) break;
      const id = key[attribute] ?? '';
      const departement = key.stopDepartement ?? '';
      return { departement, recipient: type === 'jeune' ? { type, youthId: id } : { type, sub: id } };
    } catch {
      // Not this shape (or not genuine): try the other, then refuse.
    }
  }
  throw new InvalidInput('reminders.invalidStopToken', [{ path: 'json.token', message: 'Lien d’arrêt invalide.' }]);
}
