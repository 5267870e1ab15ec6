import { planCoverage } from '../../../shared/domain/plan-coverage.js';
import type { Plan, PlanGoal } from '../api/types';
import { formatDate } from '../lib/dates';
import type { Voice } from '../lib/labels';
import { ACTION_STATUS_LABELS, actionOwnerLabel, type BinomeNames, needLabel } from './labels';

/**
 * The projet d'autonomie need by need, all six of R.222-6 always shown: the need's goals,
 * or « pas de besoin » and its reason, or that nothing is written yet. Goals of a plan
 * written before the six needs (« mes questions ») come last, under « Autres objectifs ».
 */
export function PlanByNeed({
  plan,
  voice,
  level = 3,
  table = false,
  names = {},
}: {
  plan: Pick<Plan, 'goals' | 'needsWithoutGoals'>;
  voice: Voice;
  level?: 3 | 4;
  table?: boolean;
  /** The binôme's names, so that actions say who by name. */
  names?: BinomeNames;
}) {
  const Heading = `h${level}` as const;
  const coverage = planCoverage(plan);
  const others = plan.goals.filter((goal) => !coverage.some(({ need }) => need === goal.domain));
  // Goals are numbered in the order shown: need by need, then the others.
  const shown = [...coverage.flatMap(({ need }) => plan.goals.filter((goal) => goal.domain === need)), ...others];
  const numbers = new Map(shown.map((goal, index) => [goal, index + 1]));

  return (
    <div class="plan-needs">
      {coverage.map(({ need, coverage: covered }) => (
        <section key={need} class="plan-need" aria-labelledby={`plan-need-${need}`}>
          <Heading id={`plan-need-${need}`} class="plan-need-title">
            {needLabel(need, voice)}
          </Heading>
          {covered === 'objectifs' && (
            <PlanGoals
              goals={plan.goals.filter((goal) => goal.domain === need)}
              numbers={numbers}
              voice={voice}
              level={level === 3 ? 4 : 5}
              table={table}
              names={names}
            />
          )}
          {covered === 'pas_de_besoin' && (
            <p class="plan-no-need">
              <strong>Pas de besoin :</strong> {plan.needsWithoutGoals.find((item) => item.need === need)?.reason}
            </p>
          )}
          {covered === 'incomplet' && (
            <p class="empty">{voice === 'jeune' ? 'Pas encore écrit.' : 'Non renseigné : ni objectif, ni « pas de besoin ».'}</p>
          )}
        </section>
      ))}
      {others.length > 0 && (
        <section class="plan-need" aria-labelledby="plan-need-autres">
          <Heading id="plan-need-autres" class="plan-need-title">
            {voice === 'jeune' ? 'Autres objectifs' : 'Autres objectifs (projet rédigé avant les six besoins)'}
          </Heading>
          <PlanGoals goals={others} numbers={numbers} voice={voice} level={level === 3 ? 4 : 5} table={table} names={names} />
        </section>
      )}
    </div>
  );
}

/**
 * Goals of the projet d'autonomie with their plan B and actions, read-only. On screen
 * the actions are a list (a phone has no room for a table); `table` lays them out for print.
 */
function PlanGoals({
  goals,
  numbers,
  voice,
  level,
  table,
  names,
}: {
  names: BinomeNames;
  goals: readonly PlanGoal[];
  /** Each goal's number in the whole plan. */
  numbers: Map<PlanGoal, number>;
  voice: Voice;
  level: 4 | 5;
  table: boolean;
}) {
  const Heading = `h${level}` as const;
  return (
    <ol class="goals">
      {goals.map((goal) => (
        <li key={goal.id} class="goal">
          <Heading class="goal-title">
            <span class="goal-domain">Objectif {numbers.get(goal)}</span> {goal.label}
          </Heading>
          <p class="goal-plan-b">
            <strong>{voice === 'jeune' ? 'Plan B, si ça ne marche pas :' : 'Plan B :'}</strong>{' '}
            {goal.planB.trim() || (voice === 'jeune' ? 'pas encore de plan B.' : 'non renseigné.')}
          </p>
          {goal.actions.length === 0 ? (
            <p class="empty">Pas encore d’action pour cet objectif.</p>
          ) : table ? (
            <ActionsTable goal={goal} index={(numbers.get(goal) ?? 1) - 1} voice={voice} names={names} />
          ) : (
            <ul class="actions">
              {goal.actions.map((action) => (
                <li key={action.id} class="action">
                  <p class="action-label">{action.label}</p>
                  <p class="action-meta">
                    <span>Qui : {actionOwnerLabel(action, voice, names)}</span>
                    <span>
                      Pour le : <time dateTime={action.dueOn}>{formatDate(action.dueOn)}</time>
                    </span>
                    <span>{ACTION_STATUS_LABELS[action.status]}</span>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

function ActionsTable({ goal, index, voice, names }: { goal: PlanGoal; index: number; voice: Voice; names: BinomeNames }) {
  const caption = `Actions de l’objectif ${index + 1}`;
  // On a phone the rows stack (each cell shows its column's name, see styles.css), so nothing
  // scrolls sideways; should a long word still overflow, the region scrolls and takes focus.
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll region must take focus to scroll by keyboard (WCAG 2.1.1).
    <section class="table-scroll" aria-label={caption} tabIndex={0}>
      <table class="actions-table stacked-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Qui</th>
            <th scope="col">Échéance</th>
            <th scope="col">Statut</th>
          </tr>
        </thead>
        <tbody>
          {goal.actions.map((action) => (
            <tr key={action.id}>
              <td data-label="Action">{action.label}</td>
              <td data-label="Qui">{actionOwnerLabel(action, voice, names)}</td>
              <td data-label="Échéance">
                <time dateTime={action.dueOn}>{formatDate(action.dueOn)}</time>
              </td>
              <td data-label="Statut">{ACTION_STATUS_LABELS[action.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
