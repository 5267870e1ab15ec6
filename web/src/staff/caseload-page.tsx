import type { YouthSummary } from '../api/types';
import { listYouth } from '../api/youth';
import type { Session } from '../auth/token';
import { ageOn, describeDistance, formatDate, nextKeyDate, todayInParis } from '../lib/dates';
import { KEY_DATE_LABELS } from '../lib/labels';
import { href } from '../router/router';
import { Fact } from '../ui/fact';
import { PageHeading } from '../ui/page-heading';
import { PagedList, usePagedList } from '../ui/paged-list';
import { youthPath } from './paths';

/** « Mes jeunes »: the caseload (the whole département for an administrateur·rice). */
export function CaseloadPage({ session }: { session: Session }) {
  const list = usePagedList((cursor, signal) => listYouth(cursor, signal), []);
  const today = todayInParis();
  const isAdmin = session.role === 'admin';
  return (
    <>
      <PageHeading text="Mes jeunes" />
      <p class="lead">{isAdmin ? 'Tous les jeunes suivis dans votre département.' : 'Les jeunes dont vous faites partie du binôme.'}</p>
      {isAdmin && (
        <p>
          <a class="button" href={href('/jeunes/nouveau')}>
            Créer un dossier
          </a>
        </p>
      )}
      <PagedList
        list={list}
        itemKey={(youth) => youth.id}
        renderItem={(youth) => <YouthCard youth={youth} today={today} />}
        empty={isAdmin ? 'Aucun dossier dans votre département pour le moment.' : 'Aucun jeune dans votre suivi pour le moment.'}
        moreLabel="Voir plus de jeunes"
        loadingText="Chargement de la liste…"
        class="cards"
      />
    </>
  );
}

function YouthCard({ youth, today }: { youth: YouthSummary; today: string }) {
  const next = nextKeyDate(youth.keyDates, today);
  return (
    <div class="card">
      <h2 class="card-title">
        <a href={href(youthPath(youth.id))}>
          {youth.firstName} {youth.lastName}
        </a>
      </h2>
      <dl class="facts">
        <Fact term="Âge">{ageOn(youth.birthDate, today)} ans</Fact>
        <Fact term="Fin de prise en charge">{youth.careEndDate ? formatDate(youth.careEndDate) : 'Non renseignée'}</Fact>
        <Fact term="Prochaine échéance">
          {next
            ? `${KEY_DATE_LABELS.staff[next.kind]} : ${formatDate(next.date)} (${describeDistance(today, next.date)})`
            : 'Aucune à venir'}
        </Fact>
      </dl>
    </div>
  );
}
