import { ulid } from 'ulid';
import type { Principal } from '../../shared/auth/principal.js';
import { gridEvaluationRepo, type StoredEvaluation } from '../../shared/db/grid-evaluation-repo.js';
import type { Store } from '../../shared/db/store.js';
import type { YouthRecord } from '../../shared/db/youth-repo.js';
import { DEFAULT_GRID_TEMPLATE, type GridLevel } from '../../shared/domain/autonomy-grid.js';
import { parisDate } from '../../shared/domain/calendar-date.js';

const DAY_MS = 86_400_000;

/** Levels for every item of the default grid, need by need, from one pattern per need (repeated over its items). */
function levels(pattern: Record<string, readonly GridLevel[]>): Record<string, GridLevel> {
  const seen = new Map<string, number>();
  return Object.fromEntries(
    DEFAULT_GRID_TEMPLATE.items.map((item) => {
      const index = seen.get(item.domain) ?? 0;
      seen.set(item.domain, index + 1);
      const row = pattern[item.domain] ?? [3];
      return [item.id, row[index % row.length] as GridLevel];
    }),
  );
}

/** What Yanis answered, then what his binôme saw: two pairs, seven months apart, with gaps to talk about. */
const YANIS = {
  earlier: {
    self: levels({
      ressources: [3, 4, 3],
      logement: [3, 'pas_encore'],
      formation_emploi: [2, 3],
      sante: [3],
      papiers_droits: [2, 3],
      entourage: [4, 3],
    }),
    binome: levels({ ressources: [2, 2, 1], logement: [1, 2], formation_emploi: [2], sante: [3, 2], papiers_droits: [2], entourage: [3] }),
  },
  latest: {
    // He sees more clearly where he stands on his budget: a lower score that is not a loss.
    self: levels({ ressources: [2, 3, 2], logement: [3, 2], formation_emploi: [3], sante: [4, 3], papiers_droits: [3, 2], entourage: [4] }),
    binome: levels({
      ressources: [2, 3],
      logement: [1, 2, 3],
      formation_emploi: [3, 4],
      sante: [3],
      papiers_droits: [1, 3],
      entourage: [3, 4],
    }),
  },
};

/**
 * The demo's autonomy grids: Yanis sent two self-assessments, each beside a binôme
 * diagnostic (progress over time, a comparison with gaps, proposals for his plan); Lina
 * has started hers on her phone and not sent it, so staff see nothing of it.
 */
export async function seedDemoGrids(
  store: Store,
  people: { sophie: Principal; karim: Principal },
  youth: { lina: YouthRecord; yanis: YouthRecord },
  now: Date,
): Promise<void> {
  const { lina, yanis } = youth;
  const pairs = [
    { daysAgo: 220, author: people.karim, note: null, ...YANIS.earlier },
    {
      daysAgo: 21,
      author: people.sophie,
      note: 'L’assistante familiale le trouve plus à l’aise pour les rendez-vous médicaux, moins pour le budget.',
      ...YANIS.latest,
    },
  ];
  for (const pair of pairs) {
    const at = new Date(now.getTime() - pair.daysAgo * DAY_MS);
    // His own, filled on his phone then sent: the route's path (draft, then send).
    await gridEvaluationRepo.saveSelfLevels(store, yanis.departement, yanis.id, DEFAULT_GRID_TEMPLATE.version, pair.self, at);
    const draft = await gridEvaluationRepo.getSelfDraft(store, yanis.departement, yanis.id);
    if (!draft) throw new Error('The demo self-assessment was not saved');
    await gridEvaluationRepo.sendSelf(store, yanis.departement, yanis.id, draft, evaluation('self', at, pair.self, null, null));
    const later = new Date(at.getTime() + 2 * DAY_MS);
    await gridEvaluationRepo.addBinomeAssessment(
      store,
      pair.author,
      yanis.id,
      evaluation('binome', later, pair.binome, pair.author, pair.note),
      later,
    );
  }
  // Lina's, in progress: hers alone until she sends it.
  await gridEvaluationRepo.saveSelfLevels(
    store,
    lina.departement,
    lina.id,
    DEFAULT_GRID_TEMPLATE.version,
    { 'res-depenses': 3, 'res-compte': 2, 'log-bail': 'pas_encore', 'sante-rdv': 4 },
    new Date(now.getTime() - 2 * DAY_MS),
  );
}

function evaluation(
  kind: 'self' | 'binome',
  at: Date,
  levels: Record<string, GridLevel>,
  author: Principal | null,
  note: string | null,
): StoredEvaluation {
  return {
    id: ulid(at.getTime()),
    kind,
    assessedOn: parisDate(at),
    at: at.toISOString(),
    templateVersion: DEFAULT_GRID_TEMPLATE.version,
    levels,
    authorRole: author?.role ?? 'jeune',
    authorName: author?.name ?? null,
    note,
  };
}
