import type { HelpReason } from '../../../shared/domain/help.js';

/** What the young person taps on « J’ai besoin d’aide », in their own words. */
export const HELP_REASON_LABELS: Record<HelpReason, string> = {
  pas_en_securite: 'Je ne me sens pas en sécurité',
  pas_ou_dormir: 'Je n’ai pas où dormir ce soir',
  besoin_de_parler: 'J’ai besoin de parler',
};
