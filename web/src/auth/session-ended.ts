import type { Role } from '../api/types';

/**
 * What the sign-in page says when a session ended on its own (expired, or refused by the API):
 * a kind sentence in the person's own register, saying they will come back where they were.
 * `role` is read from the ended token; null when it could not be read.
 */
export function sessionEndedNotice(role: Role | null): string {
  if (role === 'jeune')
    return 'Ta session a pris fin, c’est normal au bout d’un moment. Reconnecte-toi : tu reviendras sur la page où tu étais.';
  return 'Votre session a pris fin, c’est normal au bout d’un moment. Reconnectez-vous : vous reviendrez sur la page où vous étiez.';
}
