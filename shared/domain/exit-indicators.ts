/**
 * The département's exit indicators (seed 002, fiche 5) for a calendar year: how many
 * young people left care, their situation on the four indicators at exit, at the
 * six-month follow-up and at the check-ins of 19 and 21 (each cohort with its response
 * rate, categories as recorded, `inconnu` included), entretiens held by the 17th
 * birthday, plans signed by the 18th, support from 18 to 21 granted, refused and asked
 * for again after leaving (« retour »), and the CEJ proposed.
 *
 * The whole table is built for every territory and the département at once, and its
 * small cells are hidden together (shared/domain/small-cell-suppression.ts): a territory
 * is a column of the département's table, so subtracting one territory's view from the
 * département's reveals nothing the table does not. Periods are whole calendar years,
 * never overlapping windows, for the same reason.
 */
import { addMonths, addYears } from './calendar-date.js';
import { CHECK_IN_CHOICES, CHECK_IN_QUESTIONS, type CheckInAge, type CheckInOutcome } from './check-ins.js';
import { EXIT_CATEGORY_LABELS, EXIT_INDICATOR_LABELS, EXIT_INDICATORS, type ExitSituation } from './exit-situation.js';
import { SMALL_CELL_THRESHOLD, type SumEquation, type Suppression, suppressSmallCells } from './small-cell-suppression.js';

/** What the indicators need to know of one young person (never shown one by one). */
export interface IndicatorPerson {
  /** The territory of the young person's referent; null when none is recorded. */
  territory: string | null;
  birthDate: string;
  careStartDate: string | null;
  careEndDate: string | null;
  exitSituation: ExitSituation | null;
  /** The situation recorded at the follow-up interview six months after care ended. */
  followUpSituation: ExitSituation | null;
  checkIns: Partial<Record<CheckInAge, CheckInOutcome>>;
  /** The first day an entretien pour l'autonomie was held. */
  entretienHeldOn: string | null;
  /** The first day the projet d'autonomie was signed. */
  planFirstSignedOn: string | null;
  supportDecisions: readonly { outcome: 'accordee' | 'refusee'; decidedOn: string }[];
  /** Days a « retour » was asked for (support after leaving care). */
  supportReturnsAskedOn: readonly string[];
  /** Days the contrat d'engagement jeune was proposed (told, in an interview's rights). */
  cejProposedOn: readonly string[];
}

/** The territory bucket for young people whose referent has no territory recorded. */
export const NO_TERRITORY = 'Territoire non renseigné';

export const SECTION_IDS = ['sorties', 'suivi', 'bilan19', 'bilan21', 'entretien', 'projet', 'accompagnement', 'cej'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** One line of the table: who it counts, what it is a part of (for the share and the sums). */
interface RowSpec {
  id: string;
  section: SectionId;
  label: string;
  /** The question or indicator a category row belongs to. */
  group?: string;
  counts: (person: IndicatorPerson) => boolean;
  /** The row this one is a part of (its share is of that row); undefined for a headline. */
  partOf?: string;
}

export interface IndicatorRow {
  id: string;
  label: string;
  group: string | null;
  count: number | null;
  suppressed: Suppression;
  /** Share of the row it is a part of, in percent with one decimal, when both are shown. */
  share: number | null;
}

export interface IndicatorSection {
  id: SectionId;
  title: string;
  rows: IndicatorRow[];
}

export interface IndicatorTable {
  year: number;
  /** The territory shown, or null for the whole département. */
  territory: string | null;
  territories: string[];
  sections: IndicatorSection[];
}

const within = (date: string | null | undefined, from: string, to: string) =>
  date !== null && date !== undefined && date >= from && date <= to;

export const SECTION_TITLES: Record<SectionId, string> = {
  sorties: 'Situation à la sortie de l’ASE',
  suivi: 'Entretien de suivi, six mois après la sortie',
  bilan19: 'Questionnaire des 19 ans',
  bilan21: 'Questionnaire des 21 ans',
  entretien: 'Entretien pour l’autonomie avant 17 ans',
  projet: 'Projet d’autonomie signé avant 18 ans',
  accompagnement: 'Accompagnement de 18 à 21 ans',
  cej: 'Contrat d’engagement jeune',
};

function situationRows(section: SectionId, base: string, situationOf: (person: IndicatorPerson) => ExitSituation | null): RowSpec[] {
  return EXIT_INDICATORS.flatMap((indicator) =>
    Object.entries(EXIT_CATEGORY_LABELS[indicator]).map(([category, label]) => ({
      id: `${section}.${indicator}.${category}`,
      section,
      label,
      group: EXIT_INDICATOR_LABELS[indicator],
      partOf: base,
      counts: (person: IndicatorPerson) => situationOf(person)?.[indicator] === category,
    })),
  );
}

const CHECK_IN_GROUPS: Record<(typeof CHECK_IN_QUESTIONS)[number], string> = {
  ...EXIT_INDICATOR_LABELS,
  someoneToCountOn: 'Quelqu’un sur qui compter',
};

function checkInRows(section: 'bilan19' | 'bilan21', age: CheckInAge, from: string, to: string, today: string): RowSpec[] {
  const inCohort = (person: IndicatorPerson) =>
    within(addYears(person.birthDate, age), from, to) && addYears(person.birthDate, age) <= today;
  const outcome = (person: IndicatorPerson) => (inCohort(person) ? person.checkIns[age] : undefined);
  const answers = (person: IndicatorPerson) => {
    const done = outcome(person);
    return done?.status === 'answered' ? done.answers : null;
  };
  const cohort = `${section}.cohorte`;
  const answered = `${section}.repondu`;
  const categoryLabels = (question: (typeof CHECK_IN_QUESTIONS)[number]): Record<string, string> =>
    question === 'someoneToCountOn'
      ? { oui: 'Oui', non: 'Non', inconnu: 'Inconnu (préfère ne pas répondre)' }
      : EXIT_CATEGORY_LABELS[question];
  return [
    { id: cohort, section, label: `Jeunes ayant eu ${age} ans`, counts: inCohort },
    { id: answered, section, label: 'Ont répondu', partOf: cohort, counts: (p) => outcome(p)?.status === 'answered' },
    {
      id: `${section}.refuse`,
      section,
      label: 'Ont choisi de ne pas répondre',
      partOf: cohort,
      counts: (p) => outcome(p)?.status === 'declined',
    },
    {
      id: `${section}.sansReponse`,
      section,
      label: 'Sans réponse',
      partOf: cohort,
      counts: (p) => inCohort(p) && outcome(p) === undefined,
    },
    ...CHECK_IN_QUESTIONS.flatMap((question) =>
      CHECK_IN_CHOICES[question].map((category) => ({
        id: `${section}.${question}.${category}`,
        section,
        label: categoryLabels(question)[category] ?? category,
        group: CHECK_IN_GROUPS[question],
        partOf: answered,
        counts: (p: IndicatorPerson) => (answers(p) as Record<string, string> | null)?.[question] === category,
      })),
    ),
  ];
}

/** Every row of the year's table, in the order shown. */
function rowSpecs(year: number, today: string): RowSpec[] {
  const from = `${String(year).padStart(4, '0')}-01-01`;
  const to = `${String(year).padStart(4, '0')}-12-31`;
  const past = (date: string | null) => date !== null && date <= today;
  const left = (p: IndicatorPerson) => within(p.careEndDate, from, to) && past(p.careEndDate);
  const followUpDue = (p: IndicatorPerson) => {
    const due = p.careEndDate === null ? null : addMonths(p.careEndDate, 6);
    return within(due, from, to) && past(due);
  };
  const inCareAt = (p: IndicatorPerson, day: string) =>
    (p.careStartDate === null || p.careStartDate < day) && (p.careEndDate === null || p.careEndDate >= day);
  const turned17 = (p: IndicatorPerson) => {
    const day = addYears(p.birthDate, 17);
    return within(day, from, to) && past(day) && inCareAt(p, day);
  };
  const turned18 = (p: IndicatorPerson) => {
    const day = addYears(p.birthDate, 18);
    return within(day, from, to) && past(day) && inCareAt(p, day);
  };
  return [
    { id: 'sorties.cohorte', section: 'sorties', label: 'Jeunes sortis de l’ASE', counts: left },
    {
      id: 'sorties.renseigne',
      section: 'sorties',
      label: 'Situation renseignée',
      partOf: 'sorties.cohorte',
      counts: (p) => left(p) && p.exitSituation !== null,
    },
    {
      id: 'sorties.nonRenseigne',
      section: 'sorties',
      label: 'Situation non renseignée',
      partOf: 'sorties.cohorte',
      counts: (p) => left(p) && p.exitSituation === null,
    },
    ...situationRows('sorties', 'sorties.renseigne', (p) => (left(p) ? p.exitSituation : null)),
    { id: 'suivi.cohorte', section: 'suivi', label: 'Jeunes dont l’entretien de suivi était dû', counts: followUpDue },
    {
      id: 'suivi.renseigne',
      section: 'suivi',
      label: 'Situation renseignée',
      partOf: 'suivi.cohorte',
      counts: (p) => followUpDue(p) && p.followUpSituation !== null,
    },
    {
      id: 'suivi.nonRenseigne',
      section: 'suivi',
      label: 'Situation non renseignée',
      partOf: 'suivi.cohorte',
      counts: (p) => followUpDue(p) && p.followUpSituation === null,
    },
    ...situationRows('suivi', 'suivi.renseigne', (p) => (followUpDue(p) ? p.followUpSituation : null)),
    ...checkInRows('bilan19', 19, from, to, today),
    ...checkInRows('bilan21', 21, from, to, today),
    { id: 'entretien.cohorte', section: 'entretien', label: 'Jeunes ayant eu 17 ans en étant accueillis', counts: turned17 },
    {
      id: 'entretien.tenu',
      section: 'entretien',
      label: 'Entretien tenu au plus tard à 17 ans',
      partOf: 'entretien.cohorte',
      counts: (p) => turned17(p) && p.entretienHeldOn !== null && p.entretienHeldOn <= addYears(p.birthDate, 17),
    },
    {
      id: 'entretien.nonTenu',
      section: 'entretien',
      label: 'Entretien non tenu à 17 ans',
      partOf: 'entretien.cohorte',
      counts: (p) => turned17(p) && !(p.entretienHeldOn !== null && p.entretienHeldOn <= addYears(p.birthDate, 17)),
    },
    { id: 'projet.cohorte', section: 'projet', label: 'Jeunes ayant eu 18 ans en étant accueillis', counts: turned18 },
    {
      id: 'projet.signe',
      section: 'projet',
      label: 'Projet d’autonomie signé au plus tard à 18 ans',
      partOf: 'projet.cohorte',
      counts: (p) => turned18(p) && p.planFirstSignedOn !== null && p.planFirstSignedOn <= addYears(p.birthDate, 18),
    },
    {
      id: 'projet.nonSigne',
      section: 'projet',
      label: 'Projet non signé à 18 ans',
      partOf: 'projet.cohorte',
      counts: (p) => turned18(p) && !(p.planFirstSignedOn !== null && p.planFirstSignedOn <= addYears(p.birthDate, 18)),
    },
    {
      id: 'accompagnement.accorde',
      section: 'accompagnement',
      label: 'Jeunes ayant obtenu un accord dans l’année',
      counts: (p) => p.supportDecisions.some((d) => d.outcome === 'accordee' && within(d.decidedOn, from, to)),
    },
    {
      id: 'accompagnement.refuse',
      section: 'accompagnement',
      label: 'Jeunes ayant reçu un refus dans l’année',
      counts: (p) => p.supportDecisions.some((d) => d.outcome === 'refusee' && within(d.decidedOn, from, to)),
    },
    {
      id: 'accompagnement.retour',
      section: 'accompagnement',
      label: 'Jeunes ayant demandé un retour après leur sortie',
      counts: (p) => p.supportReturnsAskedOn.some((day) => within(day, from, to)),
    },
    {
      id: 'cej.propose',
      section: 'cej',
      label: 'Jeunes à qui le CEJ a été proposé dans l’année',
      counts: (p) => p.cejProposedOn.some((day) => within(day, from, to)),
    },
  ];
}

/** The rows a row is split into, as sums: a cohort into its answers, answers into each question's categories. */
function rowEquations(specs: readonly RowSpec[]): { total: number; parts: number[] }[] {
  const index = new Map(specs.map((spec, i) => [spec.id, i]));
  const groups = new Map<string, number[]>();
  specs.forEach((spec, i) => {
    if (spec.partOf === undefined) return;
    const key = `${spec.partOf}|${spec.group ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return [...groups.entries()].map(([key, parts]) => ({ total: index.get(key.split('|')[0] ?? '') ?? -1, parts }));
}

const share = (count: number, of: number) => Math.round((count / of) * 1000) / 10;

/** The raw counts of the year, before anything is hidden: per row, one count per territory and the département's last. */
export function countExitIndicators(input: { people: readonly IndicatorPerson[]; year: number; today: string }) {
  const specs = rowSpecs(input.year, input.today);
  const territories = [...new Set(input.people.map((person) => person.territory ?? NO_TERRITORY))].sort((a, b) => a.localeCompare(b, 'fr'));
  const width = territories.length + 1;
  const values = new Array<number>(specs.length * width).fill(0);
  for (const person of input.people) {
    const column = territories.indexOf(person.territory ?? NO_TERRITORY);
    specs.forEach((spec, row) => {
      if (!spec.counts(person)) return;
      values[row * width + column] = (values[row * width + column] ?? 0) + 1;
      values[row * width + width - 1] = (values[row * width + width - 1] ?? 0) + 1;
    });
  }
  /** The count of row `id` in `territory` (null: the département). */
  const count = (id: string, territory: string | null = null) => {
    const row = specs.findIndex((spec) => spec.id === id);
    const column = territory === null ? width - 1 : territories.indexOf(territory);
    return row === -1 || column === -1 ? 0 : (values[row * width + column] ?? 0);
  };
  return { specs, territories, width, values, count };
}

/**
 * The year's table for `territory` (null: the whole département), its small cells hidden
 * jointly with every other territory's. `today` bounds the cohorts: a birthday or an end
 * of care still to come is counted in no cohort yet.
 */
export function computeExitIndicators(input: {
  people: readonly IndicatorPerson[];
  year: number;
  territory: string | null;
  today: string;
}): IndicatorTable {
  const { specs, territories, width, values } = countExitIndicators(input);
  // With one territory its column is the département's: it is hidden as the département's is.
  const single = territories.length <= 1;
  const equations: SumEquation[] = [];
  for (const { total, parts } of rowEquations(specs)) {
    for (let column = single ? width - 1 : 0; column < width; column++) {
      equations.push({ total: total * width + column, parts: parts.map((part) => part * width + column) });
    }
  }
  if (!single) {
    specs.forEach((_, row) => {
      equations.push({ total: row * width + width - 1, parts: territories.map((_, column) => row * width + column) });
    });
  }
  // Hide the cohorts' sizes, then who answered, then the département's column last: they
  // are what readers look for first. Categories go first.
  const headline = new Set(specs.flatMap((spec, row) => (spec.partOf === undefined ? [row] : [])));
  const splitRows = new Set(
    specs.flatMap((spec) => (spec.partOf === undefined ? [] : [specs.findIndex((other) => other.id === spec.partOf)])),
  );
  const marks = suppressSmallCells(values, equations, SMALL_CELL_THRESHOLD, (cell) => {
    const row = Math.floor(cell / width);
    const departementColumn = cell % width === width - 1;
    const rank = headline.has(row) ? 1_000_000 : splitRows.has(row) ? 100_000 : 0;
    return (values[cell] ?? 0) + (departementColumn ? 10_000 : 0) + rank;
  });
  if (single) {
    for (let row = 0; row < specs.length; row++) {
      for (let column = 0; column < width - 1; column++) marks[row * width + column] = marks[row * width + width - 1] ?? null;
    }
  }
  const wanted = input.territory === null ? width - 1 : territories.indexOf(input.territory);
  const rowIndex = new Map(specs.map((spec, i) => [spec.id, i]));
  const cell = (row: number) => {
    const at = row * width + wanted;
    const suppressed = wanted === -1 ? 'small' : (marks[at] ?? null);
    return { count: suppressed === null ? (values[at] ?? 0) : null, suppressed };
  };
  const rows = specs.map((spec, row): IndicatorRow & { section: SectionId } => {
    const own = cell(row);
    const base = spec.partOf === undefined ? undefined : rowIndex.get(spec.partOf);
    const of = base === undefined ? null : cell(base);
    return {
      section: spec.section,
      id: spec.id,
      label: spec.label,
      group: spec.group ?? null,
      ...own,
      share: own.count !== null && of?.count ? share(own.count, of.count) : null,
    };
  });
  return {
    year: input.year,
    territory: input.territory,
    territories,
    sections: SECTION_IDS.map((id) => ({
      id,
      title: SECTION_TITLES[id],
      rows: rows.filter((row) => row.section === id).map(({ section: _section, ...row }) => row),
    })),
  };
}
