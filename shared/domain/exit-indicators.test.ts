import { describe, expect, it } from 'vitest';
import { computeExitIndicators, countExitIndicators, type IndicatorPerson, NO_TERRITORY } from './exit-indicators.js';
import { CSV_HEADERS, csvField, indicatorsCsv } from './indicators-csv.js';

const today = '2026-11-29';
const stable = { housing: 'logement_autonome', resources: 'revenus_activite', activity: 'emploi', healthCover: 'complete' } as const;
const unknown = { housing: 'inconnu', resources: 'inconnu', activity: 'inconnu', healthCover: 'inconnu' } as const;

function person(overrides: Partial<IndicatorPerson> = {}): IndicatorPerson {
  return {
    territory: 'Arras',
    birthDate: '2008-03-01',
    careStartDate: null,
    careEndDate: null,
    exitSituation: null,
    followUpSituation: null,
    checkIns: {},
    entretienHeldOn: null,
    planFirstSignedOn: null,
    supportDecisions: [],
    supportReturnsAskedOn: [],
    cejProposedOn: [],
    ...overrides,
  };
}

const times = (count: number, make: () => IndicatorPerson) => Array.from({ length: count }, make);

function rowOf(table: ReturnType<typeof computeExitIndicators>, id: string) {
  const row = table.sections.flatMap((section) => section.rows).find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe('computeExitIndicators', () => {
  // Arras: 8 left care in 2026 (6 recorded: 5 stable, 1 inconnu; 2 not recorded); Lens: 6 left, all stable.
  const people = [
    ...times(5, () => person({ careEndDate: '2026-03-01', exitSituation: stable })),
    person({ careEndDate: '2026-04-01', exitSituation: unknown }),
    ...times(2, () => person({ careEndDate: '2026-05-01' })),
    ...times(6, () => person({ territory: 'Lens', careEndDate: '2026-06-01', exitSituation: stable })),
    // Left in 2025 and after today: in no 2026 exit cohort.
    person({ careEndDate: '2025-12-31', exitSituation: stable }),
    person({ careEndDate: '2026-12-15', exitSituation: stable }),
  ];

  it('counts who left care in the year (not before, not after today), with and without a situation, by territory', () => {
    const { count, territories } = countExitIndicators({ people, year: 2026, today });
    expect(territories).toEqual(['Arras', 'Lens']);
    expect([count('sorties.cohorte'), count('sorties.cohorte', 'Arras'), count('sorties.cohorte', 'Lens')]).toEqual([14, 8, 6]);
    expect([count('sorties.renseigne'), count('sorties.nonRenseigne')]).toEqual([12, 2]);
    expect([count('sorties.housing.logement_autonome'), count('sorties.housing.inconnu'), count('sorties.resources.inconnu')]).toEqual([
      11, 1, 1,
    ]);
  });

  it('gives the response rate and each category’s share of those recorded, when they are shown', () => {
    const many = [
      ...times(10, () => person({ careEndDate: '2026-03-01', exitSituation: stable })),
      ...times(5, () => person({ careEndDate: '2026-03-01', exitSituation: { ...stable, housing: 'famille_tiers' } })),
      ...times(5, () => person({ careEndDate: '2026-03-01' })),
    ];
    const table = computeExitIndicators({ people: many, year: 2026, territory: null, today });
    expect(rowOf(table, 'sorties.cohorte')).toMatchObject({ count: 20, suppressed: null, share: null });
    expect(rowOf(table, 'sorties.renseigne')).toMatchObject({ count: 15, share: 75 });
    expect(rowOf(table, 'sorties.housing.famille_tiers')).toMatchObject({ count: 5, share: 33.3 });
    // The four other categories are 0 (« < 5 »): with 15 and 5 shown they would be known to be 0, so 10 is hidden.
    expect(rowOf(table, 'sorties.housing.sans_solution')).toMatchObject({ count: null, suppressed: 'small' });
    expect(rowOf(table, 'sorties.housing.logement_autonome')).toMatchObject({ count: null, suppressed: 'complementary', share: null });
  });

  it('shows « < 5 » for inconnu (one young person) and hides the other part of a sum so that it cannot be recalculated', () => {
    const table = computeExitIndicators({ people, year: 2026, territory: null, today });
    expect(rowOf(table, 'sorties.housing.inconnu')).toMatchObject({ count: null, suppressed: 'small', share: null });
    expect(rowOf(table, 'sorties.nonRenseigne')).toMatchObject({ count: null, suppressed: 'small' });
    // 14 left = 12 recorded + 2 not: with the 2 hidden, the 12 must be too, or 14 − 12 gives it away.
    expect(rowOf(table, 'sorties.cohorte')).toMatchObject({ count: 14, suppressed: null });
    expect(rowOf(table, 'sorties.renseigne')).toMatchObject({ count: null, suppressed: 'complementary', share: null });
  });

  it('hides a territory’s cells jointly with the département’s, so that the département minus one territory gives nothing away', () => {
    const arras = computeExitIndicators({ people, year: 2026, territory: 'Arras', today });
    const lens = computeExitIndicators({ people, year: 2026, territory: 'Lens', today });
    const all = computeExitIndicators({ people, year: 2026, territory: null, today });
    for (const id of ['sorties.cohorte', 'sorties.renseigne', 'sorties.nonRenseigne', 'sorties.housing.inconnu']) {
      const parts = [rowOf(arras, id), rowOf(lens, id)];
      const hidden = parts.filter((row) => row.count === null).length;
      // Never exactly one territory hidden while the département and the other are shown.
      if (rowOf(all, id).count !== null) expect(hidden).not.toBe(1);
    }
  });

  it('shows « < 5 » for every cell of a territory with fewer than five young people', () => {
    const table = computeExitIndicators({
      people: [...people, person({ territory: null, careEndDate: '2026-02-02', exitSituation: stable })],
      year: 2026,
      territory: NO_TERRITORY,
      today,
    });
    expect(rowOf(table, 'sorties.cohorte')).toMatchObject({ count: null, suppressed: 'small' });
  });

  it('counts the 19 check-in cohort by birthday, with who answered, declined or did not answer, and answers as given', () => {
    const answers = { ...stable, someoneToCountOn: 'oui' } as const;
    const born = '2007-02-10';
    const cohort = [
      ...times(6, () => person({ birthDate: born, checkIns: { 19: { status: 'answered', on: '2026-02-11', answers } } })),
      ...times(5, () => person({ birthDate: born, checkIns: { 19: { status: 'declined', on: '2026-02-11' } } })),
      ...times(5, () => person({ birthDate: born })),
      // Turns 19 next month: not in the cohort yet.
      person({ birthDate: '2007-12-20' }),
    ];
    const { count } = countExitIndicators({ people: cohort, year: 2026, today });
    expect(count('bilan19.cohorte')).toBe(16);
    expect([count('bilan19.repondu'), count('bilan19.refuse'), count('bilan19.sansReponse')]).toEqual([6, 5, 5]);
    expect([count('bilan19.someoneToCountOn.oui'), count('bilan19.housing.logement_autonome'), count('bilan21.cohorte')]).toEqual([
      6, 6, 0,
    ]);
    const table = computeExitIndicators({ people: cohort, year: 2026, territory: null, today });
    expect(rowOf(table, 'bilan19.cohorte')).toMatchObject({ count: 16, suppressed: null });
    expect(rowOf(table, 'bilan19.refuse')).toMatchObject({ count: 5, share: 31.3 });
    // Everyone who answered gave the same answer: the zeros beside it are « < 5 », so it is hidden too.
    expect(rowOf(table, 'bilan19.someoneToCountOn.non')).toMatchObject({ count: null, suppressed: 'small' });
    expect(rowOf(table, 'bilan19.someoneToCountOn.oui')).toMatchObject({ count: null, suppressed: 'complementary' });
    expect(rowOf(table, 'bilan21.cohorte').suppressed).toBe('small');
  });

  it('counts entretiens held by the 17th birthday and plans signed by the 18th among those in care then', () => {
    const turning17 = '2009-06-01';
    const turning18 = '2008-06-01';
    const cohort = [
      ...times(5, () => person({ birthDate: turning17, entretienHeldOn: '2026-05-31' })),
      ...times(5, () => person({ birthDate: turning17, entretienHeldOn: '2026-06-02' })),
      // Admitted after 17: counted elsewhere (entretien « dans les meilleurs délais »).
      person({ birthDate: turning17, careStartDate: '2026-07-01' }),
      ...times(6, () => person({ birthDate: turning18, planFirstSignedOn: '2026-06-01' })),
      ...times(5, () => person({ birthDate: turning18 })),
    ];
    const table = computeExitIndicators({ people: cohort, year: 2026, territory: null, today });
    expect(rowOf(table, 'entretien.cohorte').count).toBe(10);
    expect(rowOf(table, 'entretien.tenu')).toMatchObject({ count: 5, share: 50 });
    expect(rowOf(table, 'projet.cohorte').count).toBe(11);
    expect(rowOf(table, 'projet.signe')).toMatchObject({ count: 6, share: 54.5 });
  });

  it('counts young people (not requests) granted, refused and returning in the year, and the CEJ proposed', () => {
    const cohort = [
      ...times(5, () =>
        person({
          supportDecisions: [
            { outcome: 'refusee', decidedOn: '2026-01-10' },
            { outcome: 'accordee', decidedOn: '2026-03-10' },
            { outcome: 'accordee', decidedOn: '2026-09-10' },
          ],
          supportReturnsAskedOn: ['2026-02-01'],
          cejProposedOn: ['2026-04-04', '2025-04-04'],
        }),
      ),
      person({ supportDecisions: [{ outcome: 'accordee', decidedOn: '2025-03-10' }] }),
    ];
    const table = computeExitIndicators({ people: cohort, year: 2026, territory: null, today });
    expect(rowOf(table, 'accompagnement.accorde').count).toBe(5);
    expect(rowOf(table, 'accompagnement.refuse').count).toBe(5);
    expect(rowOf(table, 'accompagnement.retour').count).toBe(5);
    expect(rowOf(table, 'cej.propose').count).toBe(5);
  });
});

describe('indicatorsCsv', () => {
  const table = computeExitIndicators({
    people: [
      ...times(6, () => person({ territory: 'Arras; "centre"', careEndDate: '2026-03-01', exitSituation: stable })),
      ...times(6, () => person({ territory: 'Arras; "centre"', careEndDate: '2026-03-01' })),
    ],
    year: 2026,
    territory: 'Arras; "centre"',
    today,
  });
  const csv = indicatorsCsv('62', table);
  const lines = csv.slice(1).split('\r\n');

  it('starts with a UTF-8 BOM and French headers separated by ;', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toBe(CSV_HEADERS.join(';'));
    expect(lines[0]).toBe('Département;Territoire;Année;Rubrique;Indicateur;Modalité;Effectif;Part (%)');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes one line per row, counts as numbers, shares with a decimal comma, hidden cells as « < 5 » or « s »', () => {
    const rows = table.sections.flatMap((section) => section.rows);
    expect(lines.length - 2).toBe(rows.length);
    const territory = '62;"Arras; ""centre""";2026;Situation à la sortie de l’ASE';
    expect(lines).toContain(`${territory};;Jeunes sortis de l’ASE;12;`);
    expect(lines).toContain(`${territory};;Situation renseignée;6;50,0`);
    expect(lines).toContain(`${territory};;Situation non renseignée;6;50,0`);
    expect(lines).toContain(`${territory};Logement;Inconnu;< 5;`);
    // All six recorded are in one category: hidden, as the zeros beside it would give it away.
    expect(lines).toContain(`${territory};Logement;Logement autonome;s;`);
    for (const line of lines.slice(1, -1)) expect(line.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)).toHaveLength(8);
  });

  it('quotes fields with a separator, a quote or a line break, and defuses a formula', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('dit "oui"')).toBe('"dit ""oui"""');
    expect(csvField('deux\nlignes')).toBe('"deux\nlignes"');
    const formula = indicatorsCsv('62', { ...table, territory: '=HYPERLINK("x")' });
    expect(formula).toContain(`;"'=HYPERLINK(""x"")";`);
  });

  it('holds no date of birth, no id and nothing but counts and labels', () => {
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
