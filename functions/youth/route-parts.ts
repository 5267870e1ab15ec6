import { errorResponses } from '../../shared/http/openapi-parts.js';
import { idSchema } from '../../shared/schemas/common.js';
import * as z from '../../shared/schemas/zod-openapi.js';

/** The `{id}` of a young person's file, in the path of every route under it. */
export const idParams = z.object({ id: idSchema.openapi({ param: { name: 'id', in: 'path' } }) });

export const errors = errorResponses('Dossier introuvable ou inaccessible');
