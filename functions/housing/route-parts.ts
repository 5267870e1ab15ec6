import { conflictResponse, errorResponses } from '../../shared/http/openapi-parts.js';
import { idSchema } from '../../shared/schemas/common.js';
import * as z from '../../shared/schemas/zod-openapi.js';

export const youthParams = z.object({ youthId: idSchema.openapi({ param: { name: 'youthId', in: 'path' } }) });
export const applicationParams = youthParams.extend({
  applicationId: idSchema.openapi({ param: { name: 'applicationId', in: 'path' } }),
});
export const partnerParams = z.object({ partnerId: idSchema.openapi({ param: { name: 'partnerId', in: 'path' } }) });

export const errors = errorResponses('Introuvable ou inaccessible');
export const conflict = conflictResponse('Version périmée, transition non permise ou changement concurrent : rien n’a été modifié');
export const tags = ['Logement'];
