import { indicatorFactsRepo } from '../../shared/db/indicator-facts-repo.js';
import { staffRepo } from '../../shared/db/staff-repo.js';
import type { Store } from '../../shared/db/store.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { computeExitIndicators, type IndicatorPerson, type IndicatorTable } from '../../shared/domain/exit-indicators.js';

/**
 * The exit indicators of a département for a year (docs/data-model.md, pattern I1): three
 * Queries, each page after page, whatever the table holds for other départements: the
 * profiles' dates (gsi3 `D#<dep>#YOUTH`, projected), the referents' territories (gsi3
 * `D#<dep>#STAFFDIR`) and the indicator facts (gsi3 `D#<dep>#INDICATORS`). Nothing of
 * anyone is returned: only the table, its small cells hidden.
 */
export async function loadExitIndicators(
  store: Store,
  departement: string,
  query: { year: number; territory: string | null; today: string },
): Promise<IndicatorTable> {
  const [profiles, territories, facts] = await Promise.all([
    youthRepo.indicatorProfiles(store, departement),
    staffRepo.referentTerritories(store, departement),
    indicatorFactsRepo.listForDepartement(store, departement),
  ]);
  const factsOf = new Map(facts.map((entry) => [entry.youthId, entry]));
  const people = profiles.map((profile): IndicatorPerson => {
    const own = factsOf.get(profile.id);
    const interviews = own?.interviews ?? [];
    const held = (kind: string) =>
      interviews
        .filter((interview) => interview.kind === kind && interview.heldOn !== null)
        .sort((a, b) => (a.heldOn ?? '').localeCompare(b.heldOn ?? ''));
    const followUp = held('suivi')
      .filter((interview) => interview.situation !== null)
      .at(-1);
    return {
      territory: territories.get(profile.referentId) ?? null,
      birthDate: profile.birthDate,
      careStartDate: profile.careStartDate,
      careEndDate: profile.careEndDate,
      exitSituation: profile.exitSituation,
      followUpSituation: followUp?.situation ?? null,
      checkIns: own?.checkIns ?? {},
      entretienHeldOn: held('entretien17')[0]?.heldOn ?? null,
      planFirstSignedOn: own?.planFirstSignedOn ?? null,
      supportDecisions: own?.supportDecisions ?? [],
      supportReturnsAskedOn: (own?.supportRequests ?? [])
        .filter((request) => request.kind === 'retour')
        .map((request) => request.requestedOn),
      cejProposedOn: interviews.flatMap((interview) => (interview.cejProposedOn ? [interview.cejProposedOn] : [])),
    };
  });
  return computeExitIndicators({ people, ...query });
}
