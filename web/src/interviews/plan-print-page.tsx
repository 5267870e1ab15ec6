import { elide } from '../../../shared/text/french-typography.js';
import type { Plan, Youth } from '../api/types';
import { formatDate, formatTimestamp, todayInParis } from '../lib/dates';
import { href } from '../router/router';
import { Fact } from '../ui/fact';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { useAsync } from '../ui/use-async';
import type { BinomeNames } from './labels';
import { PlanByNeed } from './plan-goals';

/** What the document shows; `names`: the binôme's names the page knows, for the actions and the signature. */
export type PrintData = { youth: Youth; plan: Plan | null; names?: BinomeNames };

/**
 * The projet d'autonomie as a one-page document to print and sign on paper, for the
 * young person and for staff. The print stylesheet hides everything but the document.
 */
export function PlanPrintPage({
  load,
  backPath,
  backLabel,
}: {
  load: (signal: AbortSignal) => Promise<PrintData>;
  backPath: string;
  backLabel: string;
}) {
  const data = useAsync(load, []);
  return (
    <div class="print-page">
      <PageHeading text="Projet d’accès à l’autonomie" />
      <div class="form-actions no-print">
        <a href={href(backPath)}>{backLabel}</a>
        {data.state.status === 'ready' && data.state.data.plan && (
          <button type="button" class="button" onClick={() => window.print()}>
            Imprimer
          </button>
        )}
      </div>
      {data.state.status === 'loading' && <Loading text="Chargement du projet…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && (
        <PlanDocument youth={data.state.data.youth} plan={data.state.data.plan} names={data.state.data.names ?? {}} />
      )}
    </div>
  );
}

function statusLine(plan: Plan): string {
  switch (plan.status) {
    case 'signe':
      return plan.signedAt ? `Signé par le jeune le ${formatTimestamp(plan.signedAt)}` : 'Signé par le jeune';
    case 'modification_demandee':
      return plan.changeRequest
        ? `Modification demandée par le jeune le ${formatTimestamp(plan.changeRequest.at)} : « ${plan.changeRequest.message} »`
        : 'Modification demandée par le jeune';
    case 'brouillon':
      return `Brouillon du ${formatTimestamp(plan.updatedAt)}, pas encore proposé au jeune`;
    default:
      return `Proposé au jeune le ${formatTimestamp(plan.updatedAt)}, en attente de son accord`;
  }
}

function PlanDocument({ youth, plan, names }: { youth: Youth; plan: Plan | null; names: BinomeNames }) {
  if (!plan) return <p class="empty">Aucun projet d’autonomie n’a encore été rédigé.</p>;
  return (
    <article class="plan-document" aria-label={`Projet d’accès à l’autonomie ${elide('de', `${youth.firstName} ${youth.lastName}`)}`}>
      <dl class="details print-facts">
        <Fact term="Jeune">
          {youth.firstName} {youth.lastName}
        </Fact>
        <Fact term="Date de naissance">{formatDate(youth.birthDate)}</Fact>
        <Fact term="Fin de prise en charge">{youth.careEndDate ? formatDate(youth.careEndDate) : 'Non renseignée'}</Fact>
        <Fact term="Dernière révision">
          {formatDate(plan.lastReviewedOn)}
          {plan.updatedByName && ` (${plan.updatedByName})`}
        </Fact>
        {plan.majorChangeOn && <Fact term="Changement majeur">{formatDate(plan.majorChangeOn)}</Fact>}
        <Fact term="Prochaine révision">au plus tard le {formatDate(plan.reviewDueOn)}</Fact>
        <Fact term="Statut">{statusLine(plan)}</Fact>
      </dl>
      <h2>Les six besoins du projet (article R.222-6 du CASF)</h2>
      <PlanByNeed plan={plan} voice="staff" level={3} table names={names} />
      <section class="signatures" aria-labelledby="signatures">
        <h2 id="signatures">Signatures</h2>
        <div class="signature-boxes">
          <div class="signature-box">
            <p>
              <strong class="person-name">
                {youth.firstName} {youth.lastName}
              </strong>
              , jeune accompagné·e
            </p>
            <p class="signature-line">Date et signature :</p>
          </div>
          <div class="signature-box">
            <p>
              Pour le Département, par délégation du président du conseil départemental
              {names.referent ? (
                <>
                   : <strong class="person-name">{names.referent}</strong>, référent·e ASE
                </>
              ) : null}
            </p>
            <p class="signature-line">{names.referent ? 'Date et signature' : 'Nom, fonction, date et signature'} :</p>
          </div>
          {names.coordinateur && (
            <div class="signature-box">
              <p>
                <strong class="person-name">{names.coordinateur}</strong>, second membre du binôme
              </p>
              <p class="signature-line">Date et signature :</p>
            </div>
          )}
        </div>
        <p class="muted">
          Document imprimé le {formatDate(todayInParis())}, version {plan.version} du projet.
        </p>
      </section>
    </article>
  );
}
