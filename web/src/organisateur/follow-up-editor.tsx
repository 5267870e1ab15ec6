import { useMemo, useRef, useState } from 'preact/hooks';
import { FOLLOW_UP_ANSWER_DAYS, FOLLOW_UP_ANSWER_MAX_DAYS } from '../../../shared/domain/consultation.js';
import { FOLLOW_UP_STATUSES } from '../../../shared/schemas/allowed-values.js';
import { ApiError } from '../api/client';
import { putFollowUp } from '../api/committees';
import type { Consultation, ConsultationQuestion, FollowUp, FollowUpStatus } from '../api/types';
import { FOLLOW_UP_STATUS_LABELS, followUpAnswersText } from '../committees/labels';
import { FollowUpSummary } from '../committees/results-view';
import { requiredTextError } from '../lib/text-rules';
import { focusFirstError, SelectField, TextAreaField, TextField } from '../staff/form-fields';
import { ErrorNotice } from '../ui/notices';
import { announce } from '../ui/status';
import { useSubmit } from '../ui/use-submit';
import { localDateTimeToIso, toDateTimeLocal } from './consultation-form-rules';

const TEXT_MAX = 5000;
const STATUS_OPTIONS = FOLLOW_UP_STATUSES.map((status) => [status, FOLLOW_UP_STATUS_LABELS[status]] as const);

/** What was done with one question: status and explanation, with the members' yes / no counts. */
export function FollowUpEditor({
  consultation,
  question,
  followUp,
  onSaved,
}: {
  consultation: Consultation;
  question: ConsultationQuestion;
  followUp: FollowUp | null;
  onSaved: (consultation: Consultation) => void;
}) {
  const [editing, setEditing] = useState(followUp === null);
  const [status, setStatus] = useState<FollowUpStatus>(followUp?.status ?? 'a_l_etude');
  const [text, setText] = useState(followUp?.text ?? '');
  // Until when members answer « does this answer my question »: movable while open, never reopened.
  const answersOpen = followUp === null || followUp.answersOpen !== false;
  const savedClose = followUp?.answersCloseAt;
  const initialClose = useMemo(
    () => toDateTimeLocal(savedClose ? new Date(savedClose) : new Date(Date.now() + FOLLOW_UP_ANSWER_DAYS * 24 * 60 * 60 * 1000)),
    [savedClose],
  );
  const [answersClose, setAnswersClose] = useState(initialClose);
  const [closeError, setCloseError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const { busy: saving, failure, submit: send } = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const prefix = `follow-up-${question.id}`;

  /** A refusal by the server (400), shown at its field. */
  function showFieldError(caught: unknown): boolean {
    if (!(caught instanceof ApiError && caught.status === 400)) return false;
    const aboutClose = caught.details.find((detail) => detail.path === 'json.answersCloseAt');
    if (aboutClose) setCloseError(aboutClose.message);
    else setError(caught.message);
    setTimeout(() => focusFirstError(form.current));
    return true;
  }

  async function submit(event: Event) {
    event.preventDefault();
    await send(async () => {
      const trimmed = text.trim();
      const problem = requiredTextError(text, TEXT_MAX, 'Expliquez aux membres ce qui a été fait ou décidé.');
      const closeAt = answersOpen && answersClose !== initialClose ? localDateTimeToIso(answersClose) : undefined;
      const closeProblem =
        closeAt === null || (closeAt && Date.parse(closeAt) <= Date.now()) ? 'Choisissez une date et une heure à venir.' : undefined;
      setError(problem);
      setCloseError(closeProblem);
      if (problem || closeProblem) {
        setTimeout(() => focusFirstError(form.current));
        return;
      }
      const saved = await putFollowUp(consultation.committeeId, consultation.id, question.id, {
        status,
        text: trimmed,
        ...(closeAt ? { answersCloseAt: closeAt } : {}),
      });
      onSaved(saved);
      setEditing(false);
      announce('Suite enregistrée : les membres peuvent la lire.');
      setTimeout(() => editButton.current?.focus());
    }, showFieldError);
  }

  return (
    <article class="card follow-up" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`} class="card-title">
        {question.label}
      </h3>
      {followUp ? (
        <>
          <FollowUpSummary followUp={followUp} />
          <p>
            <strong>Avis des membres : </strong>
            {followUpAnswersText(followUp, consultation.minBallots)}
          </p>
        </>
      ) : (
        <p class="empty">Pas encore de suite indiquée pour cette question.</p>
      )}
      {editing ? (
        <form ref={form} class="form" noValidate onSubmit={submit} aria-label={`Suite donnée : ${question.label}`}>
          {failure !== null && <ErrorNotice error={failure} />}
          <SelectField id={`${prefix}-status`} label="Statut" value={status} onValue={setStatus} options={STATUS_OPTIONS} />
          <TextAreaField
            id={`${prefix}-text`}
            label="Ce qui a été fait ou décidé"
            value={text}
            onValue={setText}
            maxLength={TEXT_MAX}
            error={error}
            hint="Écrivez pour les jeunes du comité : simplement, et pourquoi si ce n’est pas retenu."
          />
          {answersOpen && (
            <TextField
              id={`${prefix}-answers-close`}
              label="Les membres peuvent dire si cela répond à leur question jusqu’au"
              type="datetime-local"
              value={answersClose}
              onValue={setAnswersClose}
              error={closeError}
              hint={`Dans les ${FOLLOW_UP_ANSWER_MAX_DAYS} jours. Le nombre de « oui » et de « non » ne sera montré qu’après cette date, et seulement s’il y a assez de réponses : sinon on pourrait deviner la réponse de chacun. Une fois passée, elle ne peut plus être repoussée.`}
            />
          )}
          <div class="form-actions">
            <button type="submit" class="button" aria-busy={saving}>
              {saving ? 'Enregistrement…' : 'Enregistrer la suite'}
              <span class="visually-hidden"> : {question.label}</span>
            </button>
            {followUp && (
              <button
                type="button"
                class="button button--quiet"
                onClick={() => {
                  setEditing(false);
                  setError(undefined);
                  setTimeout(() => editButton.current?.focus());
                }}
              >
                Annuler
              </button>
            )}
          </div>
        </form>
      ) : (
        <button
          type="button"
          class="button button--secondary"
          ref={editButton}
          onClick={() => {
            setAnswersClose(initialClose);
            setEditing(true);
          }}
        >
          Modifier la suite<span class="visually-hidden"> : {question.label}</span>
        </button>
      )}
    </article>
  );
}
