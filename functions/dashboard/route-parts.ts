import { conflictResponse, errorResponses } from '../../shared/http/openapi-parts.js';

export const errors = errorResponses('Introuvable ou inaccessible');
export const conflict = conflictResponse('Déjà enregistré, ou version périmée : rien n’a été modifié');
export const tags = ['Tableau de bord'];
