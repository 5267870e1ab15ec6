import { useEffect, useRef, useState } from 'preact/hooks';
import { ACTION_OWNERS, ACTION_STATUSES } from '../../../shared/schemas/allowed-values.js';
import { getPlanOrNull, savePlan } from '../api/interviews';
import type { ActionOwner, ActionStatus, Plan, PreparationDomain } from '../api/types';
import { ACTION_OWNER_LABELS, ACTION_STATUS_LABELS, DOMAINS, domainLabel, PLAN_STATUS_LABELS } from '../interviews/labels';
import { PlanGoals } from '../interviews/plan-goals';
import { ErrorNotice } from '../ui/notices';
import { FormErrorSummary, focusFirstError, SelectField, TextAreaField, TextField } from './form-fields';
import { type FormErrors, formErrorsFromDetails } from './interview-form-rules';
import {
  ACTIONS_MAX,
  type ActionDraft,
  GOALS_MAX,
  type GoalDraft,
  newAction,
  newGoal,
  type PlanDraft,
  planBodyOf,
  planDraftOf,
  validatePlanDraft,
} from './plan-form-rules';
import { classifySaveFailure } from './save-failure';

type Conflict = 'none' | 'detected' | 'reloading' | 'reloaded';

const DOMAIN_OPTIONS = DOMAINS.map((domain) => [domain, domainLabel(domain, 'staff')] as const);
const OWNER_OPTIONS = ACTION_OWNERS.map((owner) => [owner, ACTION_OWNER_LABELS[owner]] as const);
const STATUS_OPTIONS = ACTION_STATUSES.map((status) => [status, ACTION_STATUS_LABELS[status]] as const);

/**
 * Writes the projet d'autonomie; saving proposes it to the young person. The PUT carries
 * the version read (0 to create). On a 409 (the young person signed or asked for a change
 * meanwhile, or a colleague saved), the draft stays and the latest version is shown beside
 * it, so that nothing is overwritten unseen.
 */
export function PlanEditor({
  youthId,
  plan,
  onSaved,
  onCancel,
  onNewerVersion,
}: {
  youthId: string;
  plan: Plan | null;
  onSaved: (plan: Plan) => void;
  onCancel: () => void;
  onNewerVersion: (plan: Plan | null) => void;
}) {
  const [base, setBase] = useState(plan);
  const [draft, setDraft] = useState<PlanDraft>(() => planDraftOf(plan));
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict>('none');
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('h3')?.focus();
  }, []);

  const focusLater = (selector: string) => setTimeout(() => form.current?.querySelector<HTMLElement>(selector)?.focus());
  const setGoal = (goalId: string, change: (goal: GoalDraft) => GoalDraft) =>
    setDraft((current) => ({ ...current, goals: current.goals.map((goal) => (goal.id === goalId ? change(goal) : goal)) }));
  const setGoalFields = (goalId: string, fields: Partial<GoalDraft>) => setGoal(goalId, (goal) => ({ ...goal, ...fields }));
  const setAction = (goalId: string, actionId: string, fields: Partial<ActionDraft>) =>
    setGoal(goalId, (goal) => ({
      ...goal,
      actions: goal.actions.map((action) => (action.id === actionId ? { ...action, ...fields } : action)),
    }));

  async function submit(event: Event) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const found = validatePlanDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setTimeout(() => focusFirstError(form.current));
      return;
    }
    setSaving(true);
    try {
      onSaved(await savePlan(youthId, planBodyOf(draft, base?.version ?? 0)));
    } catch (error) {
      const outcome = classifySaveFailure(error, (details) =>
        formErrorsFromDetails(details, (path) => path === 'majorChangeOn' || path.startsWith('goals.')),
      );
      if (outcome.kind === 'conflict') {
        setConflict('detected');
      } else if (outcome.kind === 'fields') {
        setErrors(outcome.errors);
        setFailure(null);
        setTimeout(() => focusFirstError(form.current));
      } else {
        setFailure(outcome.error);
      }
    } finally {
      setSaving(false);
    }
  }

  async function loadLatest() {
    setConflict('reloading');
    setFailure(null);
    try {
      const latest = await getPlanOrNull(youthId);
      setBase(latest);
      onNewerVersion(latest);
      setConflict('reloaded');
    } catch (error) {
      setConflict('detected');
      setFailure(error);
    }
  }

  return (
    <form ref={form} class="form plan-editor" noValidate onSubmit={submit} aria-labelledby="plan-editor-title">
      <h3 id="plan-editor-title" tabIndex={-1}>
        {plan ? 'Modifier le projet' : 'Rédiger le projet'}
      </h3>
      <p class="hint">En enregistrant, vous proposez le projet au jeune : il peut le signer ou demander une modification.</p>
      {(conflict === 'detected' || conflict === 'reloading') && (
        <div class="notice notice--warning" role="alert">
          <p>
            <strong>Attention : </strong>Ce projet a été modifié entre-temps (réponse du jeune ou enregistrement d’un collègue). Rechargez
            pour voir la dernière version.
          </p>
          <p>Votre saisie est conservée dans ce formulaire.</p>
          <button type="button" class="button button--secondary" aria-busy={conflict === 'reloading'} onClick={loadLatest}>
            Recharger la dernière version
          </button>
        </div>
      )}
      {conflict === 'reloaded' && (
        <div class="notice notice--info" role="status">
          <p>
            Dernière version chargée
            {base ? ` (${PLAN_STATUS_LABELS[base.status].toLowerCase()}, version ${base.version})` : ''}. Votre saisie est conservée :
            comparez-la à la version enregistrée ci-dessous, puis enregistrez, ou repartez de la version enregistrée.
          </p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setDraft(planDraftOf(base));
              setErrors({});
              setConflict('none');
              focusLater('#plan-editor-title');
            }}
          >
            Repartir de la version enregistrée
          </button>
        </div>
      )}
      {conflict === 'reloaded' && base && (
        <details class="saved-version">
          <summary>Voir la version enregistrée</summary>
          <PlanGoals goals={base.goals} voice="staff" level={4} />
        </details>
      )}
      <FormErrorSummary count={Object.keys(errors).length} />
      {failure !== null && <ErrorNotice error={failure} />}
      {errors.goals && <p class="field-error">Erreur : {errors.goals}</p>}

      {draft.goals.map((goal, g) => (
        <fieldset key={goal.id} class="goal-editor">
          <legend>Objectif {g + 1}</legend>
          <SelectField<PreparationDomain>
            id={`${goal.id}-domain`}
            label="Domaine"
            value={goal.domain}
            options={DOMAIN_OPTIONS}
            onValue={(domain) => setGoalFields(goal.id, { domain })}
          />
          <TextField
            id={`${goal.id}-label`}
            label="Objectif"
            value={goal.label}
            maxLength={500}
            error={errors[`goals.${g}.label`]}
            hint="En mots simples, ce que le jeune veut atteindre."
            onValue={(label) => setGoalFields(goal.id, { label })}
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
            onValue={(planB) => setGoalFields(goal.id, { planB })}
          />
          {goal.actions.map((action, a) => (
            <ActionFields
              key={action.id}
              action={action}
              name={`Action ${a + 1} de l’objectif ${g + 1}`}
              errorAt={(field) => errors[`goals.${g}.actions.${a}.${field}`]}
              onChange={(fields) => setAction(goal.id, action.id, fields)}
              onRemove={() => {
                setGoal(goal.id, (current) => ({ ...current, actions: current.actions.filter((other) => other.id !== action.id) }));
                setErrors({});
                focusLater(`#${goal.id}-add-action`);
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
                  setGoal(goal.id, (current) => ({ ...current, actions: [...current.actions, action] }));
                  focusLater(`#${action.id}-label`);
                }}
              >
                Ajouter une action à l’objectif {g + 1}
              </button>
            )}
            {draft.goals.length > 1 && (
              <button
                type="button"
                class="button button--quiet"
                onClick={() => {
                  setDraft((current) => ({ ...current, goals: current.goals.filter((other) => other.id !== goal.id) }));
                  setErrors({});
                  focusLater('#add-goal');
                }}
              >
                Retirer l’objectif {g + 1}
              </button>
            )}
          </div>
        </fieldset>
      ))}
      {draft.goals.length < GOALS_MAX && (
        <p>
          <button
            type="button"
            id="add-goal"
            class="button button--secondary"
            onClick={() => {
              const goal = newGoal();
              setDraft((current) => ({ ...current, goals: [...current.goals, goal] }));
              focusLater(`#${goal.id}-domain`);
            }}
          >
            Ajouter un objectif
          </button>
        </p>
      )}

      <TextField
        id="plan-major-change-on"
        label="Date d’un changement majeur"
        type="date"
        optional
        value={draft.majorChangeOn}
        error={errors.majorChangeOn}
        hint="Fin de prise en charge, perte du logement… : la révision du projet est alors due dans le mois qui suit."
        onValue={(majorChangeOn) => setDraft((current) => ({ ...current, majorChangeOn }))}
      />
      <div class="form-actions">
        <button type="submit" class="button" aria-busy={saving}>
          {saving ? 'Enregistrement…' : 'Enregistrer et proposer au jeune'}
        </button>
        <button type="button" class="button button--quiet" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
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
          hint="Par exemple : mission locale d’Arras, FJT, CAF."
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
        Retirer : {name.toLowerCase()}
      </button>
    </fieldset>
  );
}
