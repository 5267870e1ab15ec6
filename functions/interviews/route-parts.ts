import { conflictResponse, errorResponses } from '../../shared/http/openapi-parts.js';
import { idSchema } from '../../shared/schemas/common.js';
import * as z from '../../shared/schemas/zod-openapi.js';

export const youthParams = z.object({ youthId: idSchema.openapi({ param: { name: 'youthId', in: 'path' } }) });
export const interviewParams = youthParams.extend({ interviewId: idSchema.openapi({ param: { name: 'interviewId', in: 'path' } }) });

export const errors = errorResponses('Introuvable ou inaccessible');
export const conflict = conflictResponse('Version périmée ou état incompatible : rien n’a été modifié');
export const tags = ['Entretiens'];
export const planTags = ['Projet d’autonomie'];
