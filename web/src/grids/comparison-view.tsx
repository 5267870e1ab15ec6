import type { GridComparison } from '../api/types';
import { formatDate } from '../lib/dates';
import { differenceSentence, domainName, GRID_DOMAINS, levelLabel, scoreText, type Voice } from './grid-words';

/** The two views side by side, per need then per item; gaps of 2 levels or more are said, not only coloured. */
export function ComparisonView({ comparison, voice }: { comparison: GridComparison; voice: Voice }) {
  const selfName = voice === 'jeune' ? 'Toi' : 'Le jeune';
  if (!comparison.self && !comparison.binome) {
    return <p>{voice === 'jeune' ? 'Rien à comparer pour l’instant.' : 'Aucune évaluation à comparer pour l’instant.'}</p>;
  }
  const highlighted = comparison.items.filter((item) => item.highlighted).length;
  return (
    <div class="grid-comparison">
      <p>
        {comparison.self ? `${selfName} : grille du ${formatDate(comparison.self.assessedOn)}` : `${selfName} : pas encore envoyée`}
        {' · '}
        {comparison.binome ? `binôme : grille du ${formatDate(comparison.binome.assessedOn)}` : 'binôme : pas encore remplie'}
      </p>
      <p>
        <strong>
          {highlighted === 0
            ? 'Aucun écart de 2 niveaux ou plus.'
            : `${highlighted} point${highlighted > 1 ? 's' : ''} où les regards diffèrent de 2 niveaux ou plus${voice === 'jeune' ? ' : de bons sujets pour en parler.' : '.'}`}
        </strong>
      </p>
      {GRID_DOMAINS.map((domain) => {
        const scores = comparison.domains.find((entry) => entry.domain === domain);
        const items = comparison.items.filter((item) => item.domain === domain);
        if (items.length === 0) return null;
        return (
          <section key={domain} aria-labelledby={`comparaison-${domain}`}>
            <h3 id={`comparaison-${domain}`}>
              {domainName(domain)}{' '}
              <span class="muted">
                ({selfName.toLowerCase()} {scoreText(scores?.self)}, binôme {scoreText(scores?.binome)})
              </span>
            </h3>
            <ul class="grid-compare-list">
              {items.map((item) => (
                <li key={item.itemId} class={item.highlighted ? 'grid-gap' : undefined}>
                  <p class="grid-compare-item">
                    {item.highlighted && <strong>Écart : </strong>}
                    {item.label}
                  </p>
                  <p class="grid-compare-levels">{differenceSentence(item.self, item.binome, item.gap, voice)}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p class="hint">
        {voice === 'jeune'
          ? `« ${levelLabel('pas_encore')} » n’est pas une note : cela ne compte pas dans les scores.`
          : `« ${levelLabel('pas_encore')} » n’est pas un niveau : il n’entre pas dans les scores.`}
      </p>
    </div>
  );
}
