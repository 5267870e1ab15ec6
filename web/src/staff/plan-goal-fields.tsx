import { AUTONOMY_NEED_LABELS, AUTONOMY_NEEDS, type AutonomyNeed } from '../../../shared/domain/autonomy-needs.js';
import { ACTION_OWNERS, ACTION_STATUSES } from '../../../shared/schemas/allowed-values.js';
import type { ActionOwner, ActionStatus } from '../api/types';
import { ACTION_OWNER_LABELS, ACTION_STATUS_LABELS } from '../interviews/labels';
import { focusLater, SelectField, TextAreaField, TextField } from './form-fields';
import type { FormErrors } from './interview-form-rules';
import { ACTIONS_MAX, type ActionDraft, type GoalDraft, newAction } from './plan-form-rules';

const NEED_OPTIONS = AUTONOMY_NEEDS.map((need) => [need, AUTONOMY_NEED_LABELS[need]] as const);
const OWNER_OPTIONS = ACTION_OWNERS.map((owner) => [owner, ACTION_OWNER_LABELS[owner]] as const);
const STATUS_OPTIONS = ACTION_STATUSES.map((status) => [status, ACTION_STATUS_LABELS[status]] as const);

/**
 * One goal of the plan being written, under its need: goal, plan B and its actions. `index`
 * numbers it for people (« Objectif 2 ») and for the errors (`goals.1.label`). A goal of a
 * plan written before the six needs offers the choice of its need (`chooseNeed`).
 */
export function GoalFields({
  goal,
  index: g,
  errors,
  chooseNeed,
  onChange,
  onActionRemoved,
  onRemove,
}: {
  goal: GoalDraft;
  index: number;
  errors: FormErrors;
  chooseNeed: boolean;
  onChange: (change: (goal: GoalDraft) => GoalDraft) => void;
  /** An action was removed: the errors, numbered by position, no longer fit. */
  onActionRemoved: () => void;
  onRemove: () => void;
}) {
  const setFields = (fields: Partial<GoalDraft>) => onChange((current) => ({ ...current, ...fields }));
  const setAction = (actionId: string, fields: Partial<ActionDraft>) =>
    onChange((current) => ({
      ...current,
      actions: current.actions.map((action) => (action.id === actionId ? { ...action, ...fields } : action)),
    }));
  return (
    <fieldset class="goal-editor">
      <legend>Objectif {g + 1}</legend>
      {chooseNeed && (
        <SelectField<AutonomyNeed | ''>
          id={`${goal.id}-domain`}
          label="Besoin"
          value=""
          options={[['', 'Choisir un besoin'], ...NEED_OPTIONS]}
          error={errors[`goals.${g}.domain`]}
          onValue={(domain) => domain && setFields({ domain })}
        />
      )}
      <TextField
        id={`${goal.id}-label`}
        label="Objectif"
        value={goal.label}
        maxLength={500}
        error={errors[`goals.${g}.label`]}
        hint="En mots simples, ce que le jeune veut atteindre."
        onValue={(label) => setFields({ label })}
      />
      <TextAreaField
        id={`${goal.id}-plan-b`}
        label="Plan B"
        optional
        rows={3}
        maxLength={2000}
        value={goal.planB}
        error={errors[`goals.${g}.planB`]}
        hint="Ce qui est prévu si l’objectif n’est pas atteint."
        onValue={(planB) => setFields({ planB })}
      />
      {goal.actions.map((action, a) => (
        <ActionFields
          key={action.id}
          action={action}
          name={`Action ${a + 1} de l’objectif ${g + 1}`}
          errorAt={(field) => errors[`goals.${g}.actions.${a}.${field}`]}
          onChange={(fields) => setAction(action.id, fields)}
          onRemove={() => {
            onChange((current) => ({ ...current, actions: current.actions.filter((other) => other.id !== action.id) }));
            onActionRemoved();
            focusLater(`${goal.id}-add-action`);
          }}
        />
      ))}
      <div class="form-actions">
        {goal.actions.length < ACTIONS_MAX && (
          <button
            type="button"
            id={`${goal.id}-add-action`}
            class="button button--secondary"
            onClick={() => {
              const action = newAction();
              onChange((current) => ({ ...current, actions: [...current.actions, action] }));
              focusLater(`${action.id}-label`);
            }}
          >
            Ajouter une action à l’objectif {g + 1}
          </button>
        )}
        <button type="button" class="button button--quiet" onClick={onRemove}>
          Retirer l’objectif {g + 1}
        </button>
      </div>
    </fieldset>
  );
}

function ActionFields({
  action,
  name,
  errorAt,
  onChange,
  onRemove,
}: {
  action: ActionDraft;
  name: string;
  errorAt: (field: 'label' | 'partnerName' | 'dueOn') => string | undefined;
  onChange: (fields: Partial<ActionDraft>) => void;
  onRemove: () => void;
}) {
  return (
    <fieldset class="row">
      <legend>{name}</legend>
      <TextField
        id={`${action.id}-label`}
        label="Action"
        value={action.label}
        maxLength={500}
        error={errorAt('label')}
        onValue={(label) => onChange({ label })}
      />
      <SelectField<ActionOwner>
        id={`${action.id}-who`}
        label="Qui s’en charge"
        value={action.who}
        options={OWNER_OPTIONS}
        onValue={(who) => onChange({ who })}
      />
      {action.who === 'partenaire' && (
        <TextField
          id={`${action.id}-partner`}
          label="Nom du partenaire"
          value={action.partnerName}
          maxLength={200}
          error={errorAt('partnerName')}
          hint="Par exemple : mission locale d’Arras, FJT, CAF."
          onValue={(partnerName) => onChange({ partnerName })}
        />
      )}
      <TextField
        id={`${action.id}-due-on`}
        label="Échéance"
        type="date"
        value={action.dueOn}
        error={errorAt('dueOn')}
        onValue={(dueOn) => onChange({ dueOn })}
      />
      <SelectField<ActionStatus>
        id={`${action.id}-status`}
        label="Statut"
        value={action.status}
        options={STATUS_OPTIONS}
        onValue={(status) => onChange({ status })}
      />
      <button type="button" class="button button--quiet" onClick={onRemove}>
        Retirer : {name.toLowerCase()}
      </button>
    </fieldset>
  );
}
