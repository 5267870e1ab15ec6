import { conflictResponse, errorResponses } from '../../shared/http/openapi-parts.js';
import { idSchema } from '../../shared/schemas/common.js';
import * as z from '../../shared/schemas/zod-openapi.js';

/** The `{youthId}` of the young person whose grid it is, in the path of every route under it. */
export const youthParams = z.object({ youthId: idSchema.openapi({ param: { name: 'youthId', in: 'path' } }) });

export const errors = errorResponses('Dossier introuvable ou inaccessible');
export const conflict = conflictResponse('État incompatible ou modifié entre-temps : rien n’a été modifié');
export const tags = ['Grille d’autonomie'];
