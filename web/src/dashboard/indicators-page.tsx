import { useState } from 'preact/hooks';
import { getIndicators, getIndicatorsExport, type IndicatorsQuery } from '../api/dashboard';
import type { IndicatorRow, IndicatorSection, IndicatorTable } from '../api/types';
import { formatDate, todayInParis } from '../lib/dates';
import { downloadBlob } from '../lib/download';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { useSubmit } from '../ui/use-submit';
import {
  COMPLEMENTARY_MARK,
  cellSpoken,
  cellText,
  type OverviewRate,
  overviewRates,
  SMALL_MARK,
  scopeLabel,
  shareText,
  yearOptions,
} from './indicators-words';

const ALL = '';

/**
 * « Indicateurs de sortie » (administrateur·rice): a year and a territory, a chart of the
 * rates with the same figures in its table, the detail of each rubric in a table, and the
 * ODPE file. Hidden cells are shown as « < 5 » or « s », and explained in words above.
 */
export function IndicatorsPage() {
  const currentYear = Number(todayInParis().slice(0, 4));
  const [query, setQuery] = useState<IndicatorsQuery>({ year: currentYear, territory: null });
  const [picked, setPicked] = useState({ year: String(currentYear), territory: ALL });
  const [territories, setTerritories] = useState<string[]>([]);
  const data = useAsync(
    async (signal) => {
      const table = await getIndicators(query, signal);
      setTerritories((known) => (table.territory === null ? table.territories : known));
      return table;
    },
    [query.year, query.territory],
  );

  function show(event: Event) {
    event.preventDefault();
    setQuery({ year: Number(picked.year), territory: picked.territory === ALL ? null : picked.territory });
  }

  return (
    <>
      <PageHeading text="Indicateurs de sortie" />
      <p class="lead">
        La situation des jeunes à leur sortie de l’ASE, six mois après, et à 19 et 21 ans, sur les quatre indicateurs : logement,
        ressources, parcours scolaire ou professionnel, couverture santé. Seuls des effectifs sont montrés, jamais une personne.
      </p>
      <form class="indicator-filters" onSubmit={show}>
        <div class="field">
          <label for="indicators-year">Année</label>
          <select id="indicators-year" value={picked.year} onChange={(event) => setPicked({ ...picked, year: event.currentTarget.value })}>
            {yearOptions(currentYear).map((year) => (
              <option key={year} value={String(year)}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="indicators-territory">Territoire</label>
          <select
            id="indicators-territory"
            value={picked.territory}
            onChange={(event) => setPicked({ ...picked, territory: event.currentTarget.value })}
          >
            <option value={ALL}>Tout le département</option>
            {territories.map((territory) => (
              <option key={territory} value={territory}>
                {territory}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          Afficher les indicateurs
        </button>
      </form>
      <ReadingGuide />
      {data.state.status === 'loading' && <Loading text="Calcul des indicateurs…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && <Indicators table={data.state.data} query={query} />}
    </>
  );
}

function ReadingGuide() {
  return (
    <section class="notice" aria-labelledby="lire-indicateurs">
      <h2 id="lire-indicateurs">Comment lire ces chiffres</h2>
      <ul>
        <li>
          <strong>{SMALL_MARK}</strong> : moins de 5 jeunes (zéro compris). Le nombre exact n’est pas affiché, pour qu’on ne puisse
          reconnaître personne.
        </li>
        <li>
          <strong>{COMPLEMENTARY_MARK}</strong> : secret statistique. Ce nombre est masqué parce qu’avec le total et les autres cases, il
          permettrait de retrouver un effectif de moins de 5.
        </li>
        <li>Les parts (%) se lisent par rapport à la ligne dont elles font partie : les jeunes concernés, ou ceux qui ont répondu.</li>
      </ul>
    </section>
  );
}

function Indicators({ table, query }: { table: IndicatorTable; query: IndicatorsQuery }) {
  const scope = `${table.year}, ${scopeLabel(table.territory)}`;
  return (
    <>
      <p>
        Indicateurs {scope}, calculés le {formatDate(table.computedOn)}.
      </p>
      <ExportButton query={query} />
      <RatesChart rates={overviewRates(table)} scope={scope} />
      {table.sections.map((section) => (
        <SectionTable key={section.id} section={section} scope={scope} />
      ))}
    </>
  );
}

function ExportButton({ query }: { query: IndicatorsQuery }) {
  const { busy, failure, submit } = useSubmit();

  async function download() {
    await submit(async () => {
      const file = await getIndicatorsExport(query);
      downloadBlob(file.blob, file.filename ?? `envol-indicateurs-${query.year}.csv`);
      announce('Le fichier CSV pour l’ODPE est téléchargé.');
    });
  }

  return (
    <div class="form-actions">
      {failure !== null && <ErrorNotice error={failure} />}
      <button type="button" class="button button--secondary" aria-busy={busy} onClick={download}>
        {busy ? 'Préparation du fichier…' : 'Télécharger l’export ODPE (CSV)'}
      </button>
      <p class="hint">Les mêmes chiffres, masqués de la même façon, au format d’un tableur (séparateur « ; »).</p>
    </div>
  );
}

/** A mark or a count, with its meaning for screen readers. */
function Cell({ row }: { row: IndicatorRow }) {
  if (row.suppressed === null) return <>{cellText(row)}</>;
  return (
    <>
      <span aria-hidden="true">{cellText(row)}</span>
      <span class="visually-hidden">{cellSpoken(row)}</span>
    </>
  );
}

/**
 * The chart: one bar per rate, its figures written beside it, so that nothing is told by
 * the bar alone; the table under it holds the same figures.
 */
function RatesChart({ rates, scope }: { rates: OverviewRate[]; scope: string }) {
  const title = `Taux par rubrique, ${scope}`;
  return (
    <section aria-labelledby="taux">
      <h2 id="taux">Vue d’ensemble</h2>
      <figure class="bar-chart" aria-labelledby="taux-graphique">
        <figcaption id="taux-graphique">{title} (les chiffres sont dans le tableau qui suit)</figcaption>
        <ul>
          {rates.map((rate) => (
            <li key={rate.id} class="bar-chart-line">
              <span class="bar-chart-label">{rate.label}</span>
              <span class="bar-chart-track" aria-hidden="true">
                {rate.reached.share !== null && <span class="bar-chart-bar" style={{ width: `${rate.reached.share}%` }} />}
              </span>
              <span class="bar-chart-value">
                {rate.reached.share !== null ? (
                  <>
                    {shareText(rate.reached.share)} ({cellText(rate.reached)} sur {cellText(rate.cohort)})
                  </>
                ) : (
                  <>
                    Taux masqué : <Cell row={rate.reached} /> sur <Cell row={rate.cohort} />
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      </figure>
      <div class="table-scroll">
        <table class="actions-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Rubrique</th>
              <th scope="col">Jeunes concernés</th>
              <th scope="col">Dont</th>
              <th scope="col">Part (%)</th>
            </tr>
          </thead>
          <tbody>
            {rates.map((rate) => (
              <tr key={rate.id}>
                <th scope="row">{rate.label}</th>
                <td>
                  <Cell row={rate.cohort} />
                </td>
                <td>
                  <Cell row={rate.reached} />
                </td>
                <td>{shareText(rate.reached.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SectionTable({ section, scope }: { section: IndicatorSection; scope: string }) {
  const headingId = `rubrique-${section.id}`;
  const grouped = section.rows.some((row) => row.group !== null);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{section.title}</h2>
      <div class="table-scroll">
        <table class="actions-table">
          <caption>
            {section.title}, {scope}
          </caption>
          <thead>
            <tr>
              {grouped && <th scope="col">Indicateur</th>}
              <th scope="col">Modalité</th>
              <th scope="col">Effectif</th>
              <th scope="col">Part (%)</th>
            </tr>
          </thead>
          <tbody>
            {section.rows.map((row) => (
              <tr key={row.id}>
                {grouped && <td>{row.group ?? ''}</td>}
                <th scope="row">{row.label}</th>
                <td>
                  <Cell row={row} />
                </td>
                <td>{shareText(row.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
