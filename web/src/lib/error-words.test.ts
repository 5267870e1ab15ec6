import { describe, expect, it } from 'vitest';
import { errorWords } from './error-words';

describe('errorWords', () => {
  it('keeps « Erreur : » and the message as it is for staff', () => {
    expect(errorWords('staff', 'failure', 'connexion impossible.')).toEqual({ lead: 'Erreur : ', message: 'connexion impossible.' });
    expect(errorWords('staff', 'correction', 'indiquez le motif.')).toEqual({ lead: 'Erreur : ', message: 'indiquez le motif.' });
  });

  it('tells a young person plainly that something failed, without the word « Erreur »', () => {
    const words = errorWords('jeune', 'failure', 'Pas de connexion. Vérifie ton réseau puis réessaie.');
    expect(words).toEqual({ lead: 'Ça n’a pas marché. ', message: 'Pas de connexion. Vérifie ton réseau puis réessaie.' });
  });

  it('gives a young person only what to correct, starting with a capital', () => {
    expect(errorWords('jeune', 'correction', 'réponds au moins à une question avant de partager.')).toEqual({
      lead: '',
      message: 'Réponds au moins à une question avant de partager.',
    });
    expect(errorWords('jeune', 'correction', 'écris ce qui est faux.').message).toBe('Écris ce qui est faux.');
  });
});
