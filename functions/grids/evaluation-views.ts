import { gridEvaluationRepo, type StoredEvaluation } from '../../shared/db/grid-evaluation-repo.js';
import { gridTemplateRepo } from '../../shared/db/grid-template-repo.js';
import type { Store } from '../../shared/db/store.js';
import type { GridTemplate } from '../../shared/domain/autonomy-grid.js';
import type { EvaluationFacts } from '../../shared/domain/grid-comparison.js';
import type { GridEvaluation } from '../../shared/schemas/grids.js';

export type EvaluationView = GridEvaluation & EvaluationFacts;

/**
 * A young person's evaluations, each with the grid version it was made with: an
 * evaluation always displays with its own version, whatever was published since.
 */
export async function loadEvaluations(store: Store, departement: string, youthId: string): Promise<EvaluationView[]> {
  const stored = await gridEvaluationRepo.list(store, departement, youthId);
  const versions = [...new Set(stored.map((evaluation) => evaluation.templateVersion))];
  const templates = new Map<number, GridTemplate>();
  await Promise.all(
    versions.map(async (version) => {
      const template = await gridTemplateRepo.byVersion(store, departement, version);
      // Versions are written once and never deleted: a missing one is a broken table, not input.
      if (!template) throw new Error(`Grid template version ${version} missing`);
      templates.set(version, template);
    }),
  );
  return stored.map((evaluation) => toView(evaluation, templates.get(evaluation.templateVersion) as GridTemplate));
}

export function toView(evaluation: StoredEvaluation, template: GridTemplate): EvaluationView {
  const { templateVersion: _version, ...rest } = evaluation;
  return { ...rest, template };
}
