import { errorResponses } from '../../shared/http/openapi-parts.js';
import { idSchema } from '../../shared/schemas/common.js';
import * as z from '../../shared/schemas/zod-openapi.js';

export const committeeParams = z.object({ committeeId: idSchema.openapi({ param: { name: 'committeeId', in: 'path' } }) });
export const consultationParams = committeeParams.extend({
  consultationId: idSchema.openapi({ param: { name: 'consultationId', in: 'path' } }),
});
export const followUpParams = consultationParams.extend({
  questionId: z
    .string()
    .regex(/^[\w-]{1,40}$/)
    .openapi({ param: { name: 'questionId', in: 'path' } }),
});

export const errors = errorResponses('Comité ou consultation introuvable ou inaccessible');
export const tags = ['Comités de jeunes'];
