import { useEffect, useState } from 'preact/hooks';
import { getPlanOrNull, savePlan } from '../api/interviews';
import type { Plan } from '../api/types';
import { PLAN_STATUS_LABELS } from '../interviews/labels';
import { PlanGoals } from '../interviews/plan-goals';
import { ErrorNotice } from '../ui/notices';
import { ConflictNotice } from './conflict-notice';
import { FormActions, FormErrorSummary, focusLater, TextField } from './form-fields';
import { type FormErrors, formErrorsFromDetails } from './interview-form-rules';
import { GOALS_MAX, type GoalDraft, newGoal, type PlanDraft, planBodyOf, planDraftOf, validatePlanDraft } from './plan-form-rules';
import { GoalFields } from './plan-goal-fields';
import { useVersionedSave } from './use-versioned-save';

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
  const { form, errors, setErrors, failure, conflict, setConflict, saving, save, reload } = useVersionedSave<Plan, FormErrors>({
    validate: () => validatePlanDraft(draft),
    errorsOf: (details) => formErrorsFromDetails(details, (path) => path === 'majorChangeOn' || path.startsWith('goals.')),
    onSaved,
  });

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('h3')?.focus();
  }, []);

  const setGoal = (goalId: string, change: (goal: GoalDraft) => GoalDraft) =>
    setDraft((current) => ({ ...current, goals: current.goals.map((goal) => (goal.id === goalId ? change(goal) : goal)) }));

  const loadLatest = () =>
    reload(async () => {
      const latest = await getPlanOrNull(youthId);
      setBase(latest);
      onNewerVersion(latest);
    });

  function startFromSaved() {
    setDraft(planDraftOf(base));
    setErrors({});
    setConflict('none');
    focusLater('plan-editor-title');
  }

  return (
    <form
      ref={form}
      class="form plan-editor"
      noValidate
      onSubmit={(event) => save(event, () => () => savePlan(youthId, planBodyOf(draft, base?.version ?? 0)))}
      aria-labelledby="plan-editor-title"
    >
      <h3 id="plan-editor-title" tabIndex={-1}>
        {plan ? 'Modifier le projet' : 'Rédiger le projet'}
      </h3>
      <p class="hint">En enregistrant, vous proposez le projet au jeune : il peut le signer ou demander une modification.</p>
      <ConflictNotice
        conflict={conflict}
        changed="Ce projet a été modifié entre-temps (réponse du jeune ou enregistrement d’un collègue)."
        kept="Votre saisie est conservée dans ce formulaire."
        onReload={loadLatest}
        reloaded={
          <>
            <p>
              Dernière version chargée
              {base ? ` (${PLAN_STATUS_LABELS[base.status].toLowerCase()}, version ${base.version})` : ''}. Votre saisie est conservée :
              comparez-la à la version enregistrée ci-dessous, puis enregistrez, ou repartez de la version enregistrée.
            </p>
            <button type="button" class="button button--secondary" onClick={startFromSaved}>
              Repartir de la version enregistrée
            </button>
          </>
        }
      />
      {conflict === 'reloaded' && base && (
        <details class="saved-version">
          <summary>Voir la version enregistrée</summary>
          <PlanGoals goals={base.goals} voice="staff" level={4} />
        </details>
      )}
      <FormErrorSummary count={Object.keys(errors).length} />
      {failure !== null && <ErrorNotice error={failure} />}
      {errors.goals && <p class="field-error">Erreur : {errors.goals}</p>}

      {draft.goals.map((goal, index) => (
        <GoalFields
          key={goal.id}
          goal={goal}
          index={index}
          errors={errors}
          removable={draft.goals.length > 1}
          onChange={(change) => setGoal(goal.id, change)}
          onActionRemoved={() => setErrors({})}
          onRemove={() => {
            setDraft((current) => ({ ...current, goals: current.goals.filter((other) => other.id !== goal.id) }));
            setErrors({});
            focusLater('add-goal');
          }}
        />
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
              focusLater(`${goal.id}-domain`);
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
      <FormActions busy={saving} label="Enregistrer et proposer au jeune" busyLabel="Enregistrement…" onCancel={onCancel} />
    </form>
  );
}
