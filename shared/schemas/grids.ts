import { NOT_YET } from '../domain/autonomy-grid.js';
import { GRID_DOMAINS } from '../domain/grid-domains.js';
import { ACTION_OWNERS } from './allowed-values.js';
import { calendarDateSchema, idSchema, timestampSchema } from './common.js';
import { planSchema } from './interviews.js';
import * as z from './zod-openapi.js';

/** The autonomy grid's API contract (area `grids`). */
export const gridDomainSchema = z.enum(GRID_DOMAINS);
export const gridItemIdSchema = z.string().regex(/^[a-z0-9-]{1,30}$/, { message: 'Identifiant d’item invalide.' });

export const gridLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(NOT_YET)]).openapi('GridLevel', {
  description:
    '1 « je ne sais pas faire », 2 « je sais faire avec de l’aide », 3 « je sais faire seul·e », 4 « je peux l’expliquer à quelqu’un », « pas_encore » : pas encore eu l’occasion (ce n’est pas une note).',
});

export const gridItemSchema = z.strictObject({
  id: gridItemIdSchema,
  domain: gridDomainSchema,
  label: z.string().trim().min(1).max(300),
});

export const gridTemplateSchema = z.object({ version: z.number().int().min(1), items: z.array(gridItemSchema) }).openapi('GridTemplate');

export const gridTemplateQuerySchema = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(999_999)
    .optional()
    .openapi({ description: 'Une version publiée ; sans elle, la version en vigueur.' }),
});

export const gridDraftSchema = z
  .object({
    baseVersion: z.number().int(),
    items: z.array(gridItemSchema),
    revision: z.number().int().openapi({ description: '0 tant que le brouillon n’a pas été enregistré.' }),
    updatedAt: timestampSchema.nullable(),
  })
  .openapi('GridDraft');

export const saveGridDraftSchema = z
  .strictObject({
    items: z.array(gridItemSchema).min(6).max(150),
    revision: z
      .number()
      .int()
      .min(0)
      .optional()
      .openapi({ description: 'La révision lue : si quelqu’un a enregistré entre-temps, 409 et rien ne change.' }),
  })
  .openapi('SaveGridDraft');

export const publishGridSchema = z
  .strictObject({
    baseVersion: z.number().int().min(1).optional().openapi({
      description: 'La version sur laquelle repose le brouillon lu : si une autre a été publiée depuis, 409 et rien n’est publié.',
    }),
    draftRevision: z.number().int().min(0).optional().openapi({
      description:
        'La révision du brouillon lu : s’il a changé ou a déjà été publié entre-temps (un autre administrateur), 409 et rien n’est publié.',
    }),
  })
  .openapi('PublishGridTemplate');

const levelsSchema = z.record(gridItemIdSchema, gridLevelSchema).refine((value) => Object.keys(value).length <= 150, {
  message: '150 items au plus.',
});

export const gridEvaluationSchema = z
  .object({
    id: idSchema,
    kind: z
      .enum(['self', 'binome'])
      .openapi({ description: '« self » : l’auto-évaluation du jeune ; « binome » : le diagnostic partagé.' }),
    assessedOn: calendarDateSchema,
    at: timestampSchema.openapi({ description: 'Envoyée (auto-évaluation) ou enregistrée (binôme).' }),
    template: gridTemplateSchema.openapi({ description: 'La version de la grille avec laquelle elle a été faite.' }),
    levels: z.record(z.string(), gridLevelSchema),
    authorRole: z.string(),
    authorName: z.string().nullable(),
    note: z.string().nullable().openapi({ description: 'Le regard du lieu d’accueil, noté par le binôme.' }),
  })
  .openapi('GridEvaluation');

export const gridEvaluationListSchema = z.object({ items: z.array(gridEvaluationSchema) }).openapi('GridEvaluationList');

export const createBinomeAssessmentSchema = z
  .strictObject({
    templateVersion: z.number().int().min(1).max(999_999),
    assessedOn: calendarDateSchema,
    levels: levelsSchema,
    note: z.string().trim().max(4000).optional().openapi({ description: 'Le regard du lieu d’accueil, s’il a été recueilli.' }),
  })
  .openapi('CreateBinomeAssessment');

export const selfAssessmentSchema = z
  .object({
    template: gridTemplateSchema,
    levels: z.record(z.string(), gridLevelSchema),
    startedAt: timestampSchema.nullable(),
    updatedAt: timestampSchema.nullable(),
  })
  .openapi('SelfAssessmentInProgress');

export const saveSelfLevelsSchema = z
  .strictObject({
    levels: z
      .record(gridItemIdSchema, gridLevelSchema.nullable())
      .refine((value) => Object.keys(value).length <= 150, { message: '150 items au plus.' })
      .openapi({ description: 'Les niveaux choisis, par item ; null efface une réponse.' }),
  })
  .openapi('SaveSelfLevels');

const evaluationRefSchema = z.object({ id: idSchema, assessedOn: calendarDateSchema, templateVersion: z.number().int() });

export const gridComparisonSchema = z
  .object({
    self: evaluationRefSchema.nullable(),
    binome: evaluationRefSchema.nullable(),
    items: z.array(
      z.object({
        itemId: z.string(),
        domain: gridDomainSchema,
        label: z.string(),
        self: gridLevelSchema.nullable(),
        binome: gridLevelSchema.nullable(),
        gap: z.number().int().nullable(),
        highlighted: z.boolean().openapi({ description: 'Les deux regards diffèrent de 2 niveaux ou plus.' }),
      }),
    ),
    domains: z.array(z.object({ domain: gridDomainSchema, self: z.number().nullable(), binome: z.number().nullable() })),
  })
  .openapi('GridComparison');

export const gridComparisonQuerySchema = z.object({
  self: idSchema.optional().openapi({ description: 'Une auto-évaluation envoyée ; sans elle, la plus récente.' }),
  binome: idSchema.optional().openapi({ description: 'Un diagnostic du binôme ; sans lui, le plus récent.' }),
});

export const gridProgressSchema = z
  .object({
    points: z.array(
      z.object({
        evaluationId: idSchema,
        kind: z.enum(['self', 'binome']),
        assessedOn: calendarDateSchema,
        templateVersion: z.number().int(),
        scores: z.record(gridDomainSchema, z.number().nullable()),
      }),
    ),
  })
  .openapi('GridProgress');

export const PROPOSAL_STATUSES = ['a_decider', 'acceptee', 'ecartee'] as const;

export const gridProposalSchema = z
  .object({
    itemId: z.string(),
    domain: gridDomainSchema,
    itemLabel: z.string(),
    reason: z.enum(['ecart', 'niveau_bas']),
    self: gridLevelSchema.nullable(),
    binome: gridLevelSchema.nullable(),
    actionLabel: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
  })
  .openapi('GridProposal');

export const gridProposalListSchema = z
  .object({ selfId: idSchema.nullable(), binomeId: idSchema.nullable(), items: z.array(gridProposalSchema) })
  .openapi('GridProposalList');

export const acceptProposalSchema = z
  .strictObject({
    itemId: gridItemIdSchema,
    dueOn: calendarDateSchema,
    who: z.enum(ACTION_OWNERS).optional().openapi({ description: 'Par défaut : le jeune.' }),
    label: z.string().trim().min(1).max(500).optional().openapi({ description: 'Par défaut : le libellé proposé.' }),
  })
  .openapi('AcceptGridProposal');

/** An accepted proposal and the new version of the plan it joined (proposed to the young person). */
export const acceptedProposalSchema = z.object({ proposal: gridProposalSchema, plan: planSchema }).openapi('AcceptedGridProposal');

export const dismissProposalSchema = z.strictObject({ itemId: gridItemIdSchema }).openapi('DismissGridProposal');

export type GridEvaluation = z.infer<typeof gridEvaluationSchema>;
export type GridDraftView = z.infer<typeof gridDraftSchema>;
