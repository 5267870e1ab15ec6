import { describe, expect, it } from 'vitest';
import {
  elide,
  frenchSpacing,
  hasLooseFrenchSpacing,
  NARROW_NBSP,
  startsWithVowelSound,
  tightenFrenchSpaces,
} from './french-typography.js';

const n = NARROW_NBSP;

describe('frenchSpacing', () => {
  it.each([
    ['Tu es sûr ?', `Tu es sûr${n}?`],
    ['Attention !', `Attention${n}!`],
    ['Pas de besoin ; une raison', `Pas de besoin${n}; une raison`],
    ['Erreur : réessaie', `Erreur${n}: réessaie`],
    ['« Je voudrais visiter »', `«${n}Je voudrais visiter${n}»`],
    ['«Logement»', `«${n}Logement${n}»`],
    ['4 votes (80 %)', `4 votes (80${n}%)`],
    ['Loyer : 350 €', `Loyer${n}: 350${n}€`],
  ])('puts a narrow no-break space in « %s »', (input, expected) => {
    expect(frenchSpacing(input)).toBe(expected);
  });

  it('replaces a no-break space or several spaces by one narrow one', () => {
    expect(frenchSpacing('Quoi\u00A0?')).toBe(`Quoi${n}?`);
    expect(frenchSpacing('Quoi   ?')).toBe(`Quoi${n}?`);
  });

  it('adds the space a sentence forgot, after a word only', () => {
    expect(frenchSpacing('Envoyer quand même?')).toBe(`Envoyer quand même${n}?`);
    expect(frenchSpacing('Note: rien')).toBe(`Note${n}: rien`);
  });

  it('leaves times, addresses and queries alone', () => {
    for (const text of ['Rendez-vous à 14:30.', 'https://envol.example/aide?x=1', 'ratio 3:2', 'a?b']) {
      expect(frenchSpacing(text)).toBe(text);
    }
  });

  it('is idempotent', () => {
    const once = frenchSpacing('« Oui » : 4 votes (80 %) ; tu es sûr ?');
    expect(frenchSpacing(once)).toBe(once);
    expect(hasLooseFrenchSpacing(once)).toBe(false);
  });
});

describe('hasLooseFrenchSpacing', () => {
  it.each(['Tu es sûr ?', 'Erreur : réessaie', ' : moins de 5', '« oui', 'non »', '80 %', 'Oui\u00A0!'])(
    'finds the loose space in « %s »',
    (text) => {
      expect(hasLooseFrenchSpacing(text)).toBe(true);
    },
  );

  it.each([`Tu es sûr${n}?`, 'a ? b : c'.replace(/ /g, ''), '14:30', 'width: 100%', 'https://x', ''])('finds none in « %s »', (text) => {
    expect(hasLooseFrenchSpacing(text)).toBe(false);
  });
});

describe('tightenFrenchSpaces', () => {
  it('only changes spaces already typed: « 100% » may be CSS', () => {
    expect(tightenFrenchSpaces('width: 100%')).toBe('width: 100%');
    expect(tightenFrenchSpaces('Oui ? « Non » 5 %')).toBe(`Oui${n}? «${n}Non${n}» 5${n}%`);
  });
});

describe('elide', () => {
  it.each([
    ['de', 'Inès', 'd’Inès'],
    ['de', 'Emma', 'd’Emma'],
    ['de', 'Yanis', 'de Yanis'],
    ['de', 'Yves', 'd’Yves'],
    ['de', 'Hugo', 'd’Hugo'],
    ['de', 'Hamza', 'de Hamza'],
    ['de', 'Lina', 'de Lina'],
    ['De', 'Élodie', 'D’Élodie'],
    ['le', 'entretien', 'l’entretien'],
    ['que', 'Œnone', 'qu’Œnone'],
  ] as const)('%s + %s → %s', (word, next, expected) => {
    expect(elide(word, next)).toBe(expected);
  });

  it('keeps the word whole before an empty name', () => {
    expect(startsWithVowelSound('')).toBe(false);
    expect(elide('de', '')).toBe('de ');
  });
});
