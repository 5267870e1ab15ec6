import { useEffect, useRef, useState } from 'preact/hooks';
import { ANONYMITY_FLOOR } from '../../../shared/domain/consultation.js';
import { QUESTION_KINDS } from '../../../shared/schemas/allowed-values.js';
import { createConsultation, getCommitteeSettings } from '../api/committees';
import type { CreatedConsultation, QuestionKind } from '../api/types';
import { committeePath, consultationPath } from '../committees/paths';
import { IdempotencyKeys } from '../lib/idempotency';
import { href, navigate } from '../router/router';
import { FormActions, FormErrorSummary, RadioGroup, TextAreaField, TextField } from '../staff/form-fields';
import { formErrorsFromDetails } from '../staff/interview-form-rules';
import { useVersionedSave } from '../staff/use-versioned-save';
import { ErrorNotice } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import {
  type ConsultationErrors,
  type ConsultationValues,
  consultationBody,
  emptyConsultationValues,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  MIN_OPTIONS,
  optionRow,
  type QuestionRow,
  questionRow,
  validateConsultation,
} from './consultation-form-rules';
import { keepCreationWarnings } from './creation-warnings';

const SERVER_FIELDS = /^(title|description|opensAt|closesAt|minBallots|questions\.\d+\.label|questions\.\d+\.options\.\d+\.label)$/;

const KIND_LABELS: Record<QuestionKind, string> = {
  single: 'Un seul choix',
  multiple: 'Plusieurs choix possibles',
};
const KIND_OPTIONS = QUESTION_KINDS.map((kind) => [kind, KIND_LABELS[kind]] as const);

/** « Créer une consultation »: questions with their answers, opening and closing, anonymity threshold. */
export function NewConsultationPage({ committeeId }: { committeeId: string }) {
  const [values, setValues] = useState<ConsultationValues>(() => emptyConsultationValues(new Date()));
  const [floor, setFloor] = useState(ANONYMITY_FLOOR);
  const keys = useRef(new IdempotencyKeys());
  // The département may have raised its anonymity threshold: start from it, never below.
  useEffect(() => {
    const controller = new AbortController();
    getCommitteeSettings(controller.signal)
      .then(({ anonymityFloor }) => {
        setFloor(anonymityFloor);
        setValues((current) =>
          Number(current.minBallots) < anonymityFloor ? { ...current, minBallots: String(anonymityFloor) } : current,
        );
      })
      .catch(() => {
        // Unreachable now: the form keeps 5, and the server still refuses less than the département's floor.
      });
    return () => controller.abort();
  }, []);
  const { form, errors, failure, saving, save } = useVersionedSave<CreatedConsultation, ConsultationErrors>({
    validate: () => validateConsultation(values, new Date(), floor),
    errorsOf: (details) => formErrorsFromDetails(details, (path) => SERVER_FIELDS.test(path)),
    onSaved: (created) => {
      keys.current.reset();
      const path = consultationPath(committeeId, created.id);
      keepCreationWarnings(created.id, created.warnings);
      navigate(path);
      announce([`Consultation « ${created.title} » créée.`, ...created.warnings.map((warning) => warning.message)].join(' '), path);
    },
  });

  const set = (changes: Partial<ConsultationValues>) => setValues((current) => ({ ...current, ...changes }));
  const setQuestion = (key: string, change: (question: QuestionRow) => QuestionRow) =>
    setValues((current) => ({
      ...current,
      questions: current.questions.map((question) => (question.key === key ? change(question) : question)),
    }));
  const focusLater = (selector: string) => setTimeout(() => form.current?.querySelector<HTMLElement>(selector)?.focus());

  function request() {
    const body = consultationBody(values);
    return () => createConsultation(committeeId, body, keys.current.keyFor(body));
  }

  return (
    <>
      <PageHeading text="Créer une consultation" />
      <p>
        <a href={href(committeePath(committeeId))}>Retour au comité</a>
      </p>
      <p class="lead">
        Les membres du comité votent en secret : pendant le vote, vous ne voyez que le nombre de participations. Les résultats s’affichent
        après la clôture, seulement si assez de membres ont voté.
      </p>
      <form ref={form} class="form" noValidate onSubmit={(event) => save(event, request)}>
        <FormErrorSummary count={Object.keys(errors).length} />
        {failure !== null && <ErrorNotice error={failure} />}
        <TextField
          id="consultation-title"
          label="Titre"
          value={values.title}
          onValue={(title) => set({ title })}
          maxLength={200}
          error={errors.title}
        />
        <TextAreaField
          id="consultation-description"
          label="Présentation"
          optional
          value={values.description}
          onValue={(description) => set({ description })}
          maxLength={5000}
          error={errors.description}
          hint="Ce que les jeunes doivent savoir avant de voter : le sujet, à quoi servira leur avis."
        />

        <fieldset>
          <legend>Questions</legend>
          {values.questions.map((question, index) => (
            <QuestionEditor
              key={question.key}
              question={question}
              index={index}
              errors={errors}
              canRemove={values.questions.length > 1}
              onChange={(change) => setQuestion(question.key, change)}
              onRemove={() => {
                set({ questions: values.questions.filter((item) => item.key !== question.key) });
                focusLater('#add-question');
              }}
              focusLater={focusLater}
            />
          ))}
          {values.questions.length < MAX_QUESTIONS && (
            <button
              type="button"
              id="add-question"
              class="button button--secondary"
              onClick={() => {
                const row = questionRow();
                set({ questions: [...values.questions, row] });
                focusLater(`#question-${row.key}-label`);
              }}
            >
              Ajouter une question
            </button>
          )}
        </fieldset>

        <fieldset>
          <legend>Dates du vote</legend>
          <TextField
            id="consultation-opens-at"
            label="Ouverture"
            type="datetime-local"
            value={values.opensAt}
            onValue={(opensAt) => set({ opensAt })}
            error={errors.opensAt}
            hint="Date et heure, à l’heure de votre appareil. Gardez l’heure actuelle pour ouvrir le vote tout de suite."
          />
          <TextField
            id="consultation-closes-at"
            label="Clôture"
            type="datetime-local"
            value={values.closesAt}
            onValue={(closesAt) => set({ closesAt })}
            error={errors.closesAt}
            hint="Vous pourrez aussi clore le vote plus tôt."
          />
        </fieldset>

        <TextField
          id="consultation-min-ballots"
          label="Nombre de votes minimum pour montrer les résultats"
          inputMode="numeric"
          value={values.minBallots}
          onValue={(minBallots) => set({ minBallots })}
          maxLength={4}
          error={errors.minBallots}
          hint={`En dessous de ce nombre, les résultats restent masqués pour toujours : dans un petit groupe, un total révèlerait le choix de chacun. ${floor} au minimum dans le département.`}
        />

        <FormActions busy={saving} label="Créer la consultation" busyLabel="Création…">
          <a class="button button--quiet" href={href(committeePath(committeeId))}>
            Annuler
          </a>
        </FormActions>
      </form>
    </>
  );
}

function QuestionEditor({
  question,
  index,
  errors,
  canRemove,
  onChange,
  onRemove,
  focusLater,
}: {
  question: QuestionRow;
  index: number;
  errors: ConsultationErrors;
  canRemove: boolean;
  onChange: (change: (question: QuestionRow) => QuestionRow) => void;
  onRemove: () => void;
  focusLater: (selector: string) => void;
}) {
  const number = index + 1;
  const prefix = `question-${question.key}`;
  return (
    <fieldset class="row question-editor">
      <legend>Question {number}</legend>
      <TextField
        id={`${prefix}-label`}
        label="Intitulé de la question"
        value={question.label}
        maxLength={500}
        error={errors[`questions.${index}.label`]}
        onValue={(label) => onChange((current) => ({ ...current, label }))}
      />
      <RadioGroup
        name={`${prefix}-kind`}
        legend="Type de réponse"
        legendClass="question-legend"
        value={question.kind}
        options={KIND_OPTIONS}
        onValue={(kind) => onChange((current) => ({ ...current, kind }))}
      />
      <fieldset>
        <legend class="question-legend">Réponses proposées</legend>
        <p class="hint">
          Au moins {MIN_OPTIONS}, au plus {MAX_OPTIONS}.
        </p>
        {question.options.map((option, optionIndex) => (
          <div key={option.key} class="option-row">
            <TextField
              id={`${prefix}-option-${option.key}`}
              label={`Réponse ${optionIndex + 1}`}
              value={option.label}
              maxLength={300}
              error={errors[`questions.${index}.options.${optionIndex}.label`]}
              onValue={(label) =>
                onChange((current) => ({
                  ...current,
                  options: current.options.map((item) => (item.key === option.key ? { ...item, label } : item)),
                }))
              }
            />
            {question.options.length > MIN_OPTIONS && (
              <button
                type="button"
                class="button button--quiet"
                onClick={() => {
                  onChange((current) => ({ ...current, options: current.options.filter((item) => item.key !== option.key) }));
                  focusLater(`#${prefix}-add-option`);
                }}
              >
                Retirer la réponse {optionIndex + 1}
                <span class="visually-hidden"> de la question {number}</span>
              </button>
            )}
          </div>
        ))}
        {question.options.length < MAX_OPTIONS && (
          <button
            type="button"
            id={`${prefix}-add-option`}
            class="button button--secondary"
            onClick={() => {
              const row = optionRow();
              onChange((current) => ({ ...current, options: [...current.options, row] }));
              focusLater(`#${prefix}-option-${row.key}`);
            }}
          >
            Ajouter une réponse<span class="visually-hidden"> à la question {number}</span>
          </button>
        )}
      </fieldset>
      {canRemove && (
        <button type="button" class="button button--quiet" onClick={onRemove}>
          Retirer la question {number}
        </button>
      )}
    </fieldset>
  );
}
