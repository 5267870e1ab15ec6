import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { VersionConflict } from '../domain/errors.js';
import {
  builtInPreparationTemplate,
  DEFAULT_PREPARATION_TEMPLATE,
  PREPARATION_TEMPLATE_V1,
  type PreparationTemplate,
} from '../domain/preparation-template.js';
import { preparationSchema } from '../schemas/interviews.js';
import { keys } from './keys.js';
import type { Store } from './store.js';
import { versionedTemplates } from './versioned-templates.js';

const preparationItemSchema = z.object({
  templateVersion: z.number().int(),
  answers: z.record(z.string(), z.string()),
  // Absent until the first save or the sharing (if_not_exists needs them absent, not null).
  sharedAt: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  updatedAt: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
});
export type PreparationRecord = z.infer<typeof preparationItemSchema>;

/** A published questionnaire version as stored: the API's. */
const templateItemSchema = preparationSchema.shape.template;

const versions = versionedTemplates<PreparationTemplate>({
  type: 'preparationTemplate',
  prefix: keys.preparationTemplatePrefix,
  sk: keys.preparationTemplateSk,
  schema: templateItemSchema,
  builtIn: DEFAULT_PREPARATION_TEMPLATE,
});

/**
 * The département's questionnaire versions (`versionedTemplates`): Envol's built-in ones
 * (1, and 2 the default for new questionnaires), then those the département publishes.
 */
export const preparationTemplateRepo = {
  current: (store: Store, departement: string): Promise<PreparationTemplate> => versions.current(store, departement),

  /**
   * A version as it was: the one the département published (a département may have
   * published its own version 2 before Envol shipped one), else Envol's built-in one, else
   * the default (answers always have a questionnaire). Publishing starts after version 1.
   */
  async byVersion(store: Store, departement: string, version: number): Promise<PreparationTemplate> {
    if (version === 1) return PREPARATION_TEMPLATE_V1;
    return (
      (await versions.storedVersion(store, departement, version)) ?? builtInPreparationTemplate(version) ?? DEFAULT_PREPARATION_TEMPLATE
    );
  },

  /** The template a preparation's answers belong to: theirs once saved, else the current one. */
  forPreparation(store: Store, departement: string, stored: PreparationRecord | null): Promise<PreparationTemplate> {
    return stored
      ? preparationTemplateRepo.byVersion(store, departement, stored.templateVersion)
      : preparationTemplateRepo.current(store, departement);
  },

  /**
   * Publishes the next version; answers already given keep pointing at theirs. Two
   * admins publishing at once both aim at the same next version: the second gets a
   * VersionConflict and publishes nothing.
   */
  async publish(store: Store, departement: string, questions: PreparationTemplate['questions'], now: Date): Promise<PreparationTemplate> {
    const current = await versions.current(store, departement);
    const template = { version: current.version + 1, questions };
    try {
      await store.db.send(new PutCommand(versions.publishPut(store, departement, template, now)));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new VersionConflict({ currentVersion: template.version, cause: error });
      throw error;
    }
    return template;
  },
};

/** The young person's preparation questionnaire: saved as they go, shared when they choose. */
export const preparationRepo = {
  async get(store: Store, departement: string, youthId: string): Promise<PreparationRecord | null> {
    const result = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: { pk: keys.youth(departement, youthId), sk: keys.preparationSk } }),
    );
    return result.Item ? preparationItemSchema.parse(result.Item) : null;
  },

  /**
   * Saves some answers. Each answer is set by question id, so a retried save writes the
   * same values again and can never duplicate anything.
   */
  async saveAnswers(
    store: Store,
    departement: string,
    youthId: string,
    templateVersion: number,
    answers: Record<string, string>,
    now: Date,
  ) {
    const ids = Object.keys(answers);
    if (ids.length === 0) return;
    const key = { pk: keys.youth(departement, youthId), sk: keys.preparationSk };
    // The answers map must exist before its entries can be set one by one.
    try {
      await store.db.send(
        new PutCommand({
          TableName: store.tableName,
          Item: { ...key, type: 'preparation', templateVersion, answers: {} },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: key,
        UpdateExpression: `SET ${ids.map((_, index) => `answers.#q${index} = :a${index}`).join(', ')}, updatedAt = :now`,
        ExpressionAttributeNames: Object.fromEntries(ids.map((id, index) => [`#q${index}`, id])),
        ExpressionAttributeValues: {
          ...Object.fromEntries(ids.map((id, index) => [`:a${index}`, answers[id]])),
          ':now': now.toISOString(),
        },
      }),
    );
  },

  /** Shares the answers with the binôme; sharing twice keeps the first date. */
  async share(store: Store, departement: string, youthId: string, now: Date): Promise<void> {
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { pk: keys.youth(departement, youthId), sk: keys.preparationSk },
        UpdateExpression: 'SET sharedAt = if_not_exists(sharedAt, :now)',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':now': now.toISOString() },
      }),
    );
  },
};
