import { useEffect, useRef, useState } from 'preact/hooks';
import { AUTONOMY_NEED_LABELS, AUTONOMY_NEEDS, type AutonomyNeed } from '../../../shared/domain/autonomy-needs.js';
import { getPlanOrNull, savePlan } from '../api/interviews';
import type { Plan } from '../api/types';
import { PLAN_STATUS_LABELS } from '../interviews/labels';
import { PlanByNeed } from '../interviews/plan-goals';
import { ErrorNotice } from '../ui/notices';
import { ConflictNotice } from './conflict-notice';
import { CheckboxField, FormErrorSummary, focusLater, TextAreaField, TextField } from './form-fields';
import { type FormErrors, formErrorsFromDetails } from './interview-form-rules';
import {
  addGoal,
  GOALS_MAX,
  type GoalDraft,
  type NoNeedDraft,
  newGoal,
  type PlanDraft,
  planBodyOf,
  planDraftOf,
  sortGoalsByNeed,
  validatePlanDraft,
} from './plan-form-rules';
import { GoalFields } from './plan-goal-fields';
import { useVersionedSave, type VersionedFormEvents } from './use-versioned-save';

/**
 * Writes the projet d'autonomie, need by need (the six of R.222-6): each has goals, or
 * « pas de besoin » with the reason. It is saved as a draft, or proposed to the young
 * person, which needs the six covered. The PUT carries
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
}: { youthId: string; plan: Plan | null } & VersionedFormEvents<Plan, Plan | null>) {
  const [base, setBase] = useState(plan);
  const [draft, setDraft] = useState<PlanDraft>(() => planDraftOf(plan));
  // Which button sent the form: « brouillon » or « proposer au jeune ».
  const asDraft = useRef(false);
  const { form, errors, setErrors, failure, conflict, setConflict, saving, save, reload } = useVersionedSave<Plan, FormErrors>({
    validate: () => validatePlanDraft(draft, !asDraft.current),
    errorsOf: (details) =>
      formErrorsFromDetails(details, (path) => path === 'majorChangeOn' || path.startsWith('goals.') || path.startsWith('needs.')),
    onSaved,
  });

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('h3')?.focus();
  }, []);

  const setGoal = (goalId: string, change: (goal: GoalDraft) => GoalDraft) =>
    setDraft((current) => ({
      ...current,
      goals: sortGoalsByNeed(current.goals.map((goal) => (goal.id === goalId ? change(goal) : goal))),
    }));
  const setNoNeed = (need: AutonomyNeed, fields: Partial<NoNeedDraft>) =>
    setDraft((current) => ({ ...current, noNeed: { ...current.noNeed, [need]: { ...current.noNeed[need], ...fields } } }));
  const legacyGoals = draft.goals.filter((goal) => !AUTONOMY_NEEDS.includes(goal.domain as AutonomyNeed));

  /** The goal fields of `goal`, numbered by its place in the plan. */
  const goalFields = (goal: GoalDraft) => {
    const index = draft.goals.indexOf(goal);
    return (
      <GoalFields
        key={goal.id}
        goal={goal}
        index={index}
        errors={errors}
        chooseNeed={!AUTONOMY_NEEDS.includes(goal.domain as AutonomyNeed)}
        onChange={(change) => setGoal(goal.id, change)}
        onActionRemoved={() => setErrors({})}
        onRemove={() => {
          setDraft((current) => ({ ...current, goals: current.goals.filter((other) => other.id !== goal.id) }));
          setErrors({});
          focusLater(AUTONOMY_NEEDS.includes(goal.domain as AutonomyNeed) ? `need-${goal.domain}-add-goal` : 'plan-editor-title');
        }}
      />
    );
  };

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
      onSubmit={(event) => {
        asDraft.current = (event as SubmitEvent).submitter?.getAttribute('value') === 'brouillon';
        const intent = asDraft.current;
        void save(event, () => () => savePlan(youthId, planBodyOf(draft, base?.version ?? 0, intent)));
      }}
      aria-labelledby="plan-editor-title"
    >
      <h3 id="plan-editor-title" tabIndex={-1}>
        {plan ? 'Modifier le projet' : 'Rédiger le projet'}
      </h3>
      <p class="hint">
        Le projet couvre les six besoins de l’article R.222-6 du CASF : pour chacun, au moins un objectif, ou « pas de besoin » avec la
        raison. Tant qu’un besoin reste vide, le projet s’enregistre en brouillon, que le jeune voit sans pouvoir le signer ; une fois
        complet, vous le proposez au jeune, qui le signe ou demande une modification.
      </p>
      <ConflictNotice
        conflict={conflict}
        changed="Ce projet a été modifié entre-temps (réponse du jeune ou enregistrement d’un collègue)."
        kept="Votre saisie est conservée dans ce formulaire."
        onReload={loadLatest}
        reloaded={
          <>
            <p>
              Dernière version chargée
              {base ? ` (${PLAN_STATUS_LABELS[base.status].toLowerCase()}, version ${base.version})` : ''}. Votre saisie est conservée :
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
          <PlanByNeed plan={base} voice="staff" level={4} />
        </details>
      )}
      <FormErrorSummary count={Object.keys(errors).length} />
      {failure !== null && <ErrorNotice error={failure} />}

      {legacyGoals.length > 0 && (
        <fieldset class="need-editor">
          <legend>Objectifs à rattacher à un besoin</legend>
          <p class="hint">Ce projet a été rédigé avant les six besoins : choisissez le besoin de chacun de ces objectifs.</p>
          {legacyGoals.map(goalFields)}
        </fieldset>
      )}
      {AUTONOMY_NEEDS.map((need) => {
        const goals = draft.goals.filter((goal) => goal.domain === need);
        const noNeed = draft.noNeed[need];
        const error = errors[`needs.${need}`];
        return (
          <fieldset
            key={need}
            class={error ? 'need-editor need-editor--error' : 'need-editor'}
            aria-describedby={error ? `need-${need}-error` : undefined}
          >
            <legend>{AUTONOMY_NEED_LABELS[need]}</legend>
            {error && (
              <p class="field-error" id={`need-${need}-error`}>
                Erreur : {error}
              </p>
            )}
            {goals.map(goalFields)}
            {goals.length === 0 && (
              <>
                <CheckboxField
                  id={`need-${need}-none`}
                  label="Pas de besoin"
                  checked={noNeed.checked}
                  invalid={Boolean(error) && !noNeed.checked}
                  onChecked={(checked) => {
                    setNoNeed(need, { checked });
                    if (checked) focusLater(`need-${need}-reason`);
                  }}
                />
                {noNeed.checked && (
                  <TextAreaField
                    id={`need-${need}-reason`}
                    label={`Pourquoi pas de besoin : ${AUTONOMY_NEED_LABELS[need].toLowerCase()}`}
                    rows={2}
                    maxLength={1000}
                    value={noNeed.reason}
                    error={error}
                    onValue={(reason) => setNoNeed(need, { reason })}
                  />
                )}
              </>
            )}
            {!noNeed.checked || goals.length > 0
              ? draft.goals.length < GOALS_MAX && (
                  <p>
                    <button
                      type="button"
                      id={`need-${need}-add-goal`}
                      class="button button--secondary"
                      onClick={() => {
                        const goal = newGoal(need);
                        setDraft((current) => ({ ...current, goals: addGoal(current.goals, goal) }));
                        focusLater(`${goal.id}-label`);
                      }}
                    >
                      Ajouter un objectif : {AUTONOMY_NEED_LABELS[need].toLowerCase()}
                    </button>
                  </p>
                )
              : null}
          </fieldset>
        );
      })}

      <TextField
        id="plan-major-change-on"
        label="Date d’un changement majeur"
        type="date"
        optional
        value={draft.majorChangeOn}
        error={errors.majorChangeOn}
        hint="Fin de prise en charge, perte du logement… : la révision du projet est alors due dans le mois qui suit."
        onValue={(majorChangeOn) => setDraft((current) => ({ ...current, majorChangeOn }))}
      />
      <div class="form-actions">
        <button type="submit" name="intent" value="proposer" class="button" aria-busy={saving}>
          {saving && !asDraft.current ? 'Enregistrement…' : 'Enregistrer et proposer au jeune'}
        </button>
        <button type="submit" name="intent" value="brouillon" class="button button--secondary" aria-busy={saving}>
          {saving && asDraft.current ? 'Enregistrement…' : 'Enregistrer en brouillon'}
        </button>
        <button type="button" class="button button--quiet" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
