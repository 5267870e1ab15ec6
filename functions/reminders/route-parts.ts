import { conflictResponse, errorResponses } from '../../shared/http/openapi-parts.js';

export const errors = errorResponses('Introuvable ou inaccessible');
export const conflict = conflictResponse('Version périmée : rien n’a été modifié');
export const tags = ['Rappels (SMS, e-mail)'];
