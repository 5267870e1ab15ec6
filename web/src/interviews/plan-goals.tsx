import type { PlanGoal } from '../api/types';
import { formatDate } from '../lib/dates';
import type { Voice } from '../lib/labels';
import { ACTION_STATUS_LABELS, actionOwnerLabel, domainLabel } from './labels';

/**
 * The goals of a projet d'autonomie with their plan B and actions, read-only. On screen
 * the actions are a list (a phone has no room for a table); `table` lays them out for print.
 */
export function PlanGoals({
  goals,
  voice,
  level = 3,
  table = false,
}: {
  goals: readonly PlanGoal[];
  voice: Voice;
  level?: 2 | 3 | 4;
  table?: boolean;
}) {
  const Heading = `h${level}` as const;
  return (
    <ol class="goals">
      {goals.map((goal, index) => (
        <li key={goal.id} class="goal">
          <Heading class="goal-title">
            <span class="goal-domain">
              Objectif {index + 1} · {domainLabel(goal.domain, voice)}
            </span>{' '}
            {goal.label}
          </Heading>
          <p class="goal-plan-b">
            <strong>{voice === 'jeune' ? 'Plan B, si ça ne marche pas\u00a0:' : 'Plan B\u00a0:'}</strong>{' '}
            {goal.planB.trim() || (voice === 'jeune' ? 'pas encore de plan B.' : 'non renseigné.')}
          </p>
          {goal.actions.length === 0 ? (
            <p class="empty">Pas encore d’action pour cet objectif.</p>
          ) : table ? (
            <ActionsTable goal={goal} index={index} voice={voice} />
          ) : (
            <ul class="actions">
              {goal.actions.map((action) => (
                <li key={action.id} class="action">
                  <p class="action-label">{action.label}</p>
                  <p class="action-meta">
                    <span>Qui : {actionOwnerLabel(action, voice)}</span>
                    <span>
                      Pour le : <time dateTime={action.dueOn}>{formatDate(action.dueOn)}</time>
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

function ActionsTable({ goal, index, voice }: { goal: PlanGoal; index: number; voice: Voice }) {
  return (
    <div class="table-scroll">
      <table class="actions-table">
        <caption class="visually-hidden">Actions de l’objectif {index + 1}</caption>
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
              <td>{action.label}</td>
              <td>{actionOwnerLabel(action, voice)}</td>
              <td>
                <time dateTime={action.dueOn}>{formatDate(action.dueOn)}</time>
              </td>
              <td>{ACTION_STATUS_LABELS[action.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
