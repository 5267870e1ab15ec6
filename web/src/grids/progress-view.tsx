import type { GridProgress } from '../api/types';
import { formatDate } from '../lib/dates';
import { chartPoints, domainName, GRID_DOMAINS, progressStatements, scoreText, type Voice } from './grid-words';

const WIDTH = 300;
const HEIGHT = 140;
const PAD = 18;

/**
 * Scores per need over time: one small SVG chart per need (no chart library), with the
 * same figures in a table, and the two statements the screen must always make.
 */
export function ProgressView({ progress, voice }: { progress: GridProgress; voice: Voice }) {
  const [lower, after18] = progressStatements(voice);
  const selfName = voice === 'jeune' ? 'Toi' : 'Le jeune';
  if (progress.points.length === 0) {
    return <p>{voice === 'jeune' ? 'Pas encore de grille envoyée ou remplie par ton binôme.' : 'Aucune évaluation pour l’instant.'}</p>;
  }
  // Under each chart, the dates it runs between: the first and the last evaluation.
  const first = progress.points[0]?.assessedOn;
  const lastOn = progress.points.at(-1)?.assessedOn;
  const span =
    first && lastOn && first !== lastOn ? `Du ${formatDate(first)} au ${formatDate(lastOn)}` : first ? `Le ${formatDate(first)}` : '';
  return (
    <div class="grid-progress">
      <div class="notice notice--info">
        <p>{lower}</p>
        <p>{after18}</p>
      </div>
      <ul class="grid-charts">
        {GRID_DOMAINS.map((domain) => {
          const series = (kind: 'self' | 'binome') =>
            progress.points.map((point) => (point.kind === kind ? (point.scores[domain] ?? null) : null));
          const titleId = `courbe-${domain}`;
          const self = chartPoints(series('self'), WIDTH, HEIGHT, PAD);
          const binome = chartPoints(series('binome'), WIDTH, HEIGHT, PAD);
          const last = (points: { score: number }[]) => scoreText(points.at(-1)?.score ?? null);
          return (
            <li key={domain}>
              <h3 id={`${titleId}-t`} class="grid-chart__title">
                {domainName(domain)}
              </h3>
              <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId}-t ${titleId}-d`} class="grid-chart">
                <title>{domainName(domain)}</title>
                <desc id={`${titleId}-d`}>
                  {`Dernier score : ${selfName.toLowerCase()} ${last(self)}, binôme ${last(binome)}. Détail dans le tableau.`}
                </desc>
                {[1, 2, 3, 4].map((level) => {
                  const y = PAD + ((4 - level) / 3) * (HEIGHT - 2 * PAD);
                  return (
                    <g key={level}>
                      <line x1={PAD} x2={WIDTH - PAD} y1={y} y2={y} class="grid-chart__rule" />
                      <text x={2} y={y + 4} class="grid-chart__label">
                        {level}
                      </text>
                    </g>
                  );
                })}
                <polyline points={self.map((point) => `${point.x},${point.y}`).join(' ')} class="grid-chart__self" />
                <polyline points={binome.map((point) => `${point.x},${point.y}`).join(' ')} class="grid-chart__binome" />
                {self.map((point) => (
                  <circle key={`s${point.x}`} cx={point.x} cy={point.y} r={4} class="grid-chart__self-dot" />
                ))}
                {binome.map((point) => (
                  <rect key={`b${point.x}`} x={point.x - 4} y={point.y - 4} width={8} height={8} class="grid-chart__binome-dot" />
                ))}
              </svg>
              <p class="grid-chart__dates">{span}</p>
            </li>
          );
        })}
      </ul>
      <p class="hint">
        Ronds et trait plein : {selfName.toLowerCase()} ; carrés et pointillés : le binôme. Score de 1 (je ne sais pas faire) à 4 (je peux
        l’expliquer).
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll region must take focus to scroll by keyboard (WCAG 2.1.1); the table is wider than a phone. */}
      <section class="table-scroll" aria-labelledby="scores-par-domaine" tabIndex={0}>
        <table class="grid-table">
          <caption id="scores-par-domaine">Scores par domaine, de la plus ancienne à la plus récente évaluation</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Qui</th>
              {GRID_DOMAINS.map((domain) => (
                <th key={domain} scope="col">
                  {domainName(domain)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {progress.points.map((point) => (
              <tr key={point.evaluationId}>
                <th scope="row">{formatDate(point.assessedOn)}</th>
                <td>{point.kind === 'self' ? selfName : 'Binôme'}</td>
                {GRID_DOMAINS.map((domain) => (
                  <td key={domain}>{scoreText(point.scores[domain])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
