import type { Voice } from './labels';

/**
 * What a shown error is: something that failed (a request, a start-up), or something the person
 * has to correct before sending.
 */
export type ErrorKind = 'failure' | 'correction';

/**
 * An error as it is shown: `lead`, set in bold, then `message`. Staff read the usual « Erreur : »
 * label. A young person reads a plain sentence when something failed, and nothing before a
 * correction, whose message already says what to do: a technical label in front of it reads as a
 * reproach (phone walk-through). A message left on its own starts with a capital.
 */
export function errorWords(voice: Voice, kind: ErrorKind, message: string): { lead: string; message: string } {
  if (voice === 'staff') return { lead: 'Erreur : ', message };
  const sentence = message.charAt(0).toLocaleUpperCase('fr-FR') + message.slice(1);
  return { lead: kind === 'failure' ? 'Ça n’a pas marché. ' : '', message: sentence };
}
