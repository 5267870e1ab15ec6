import type { ComponentChildren } from 'preact';
import type { Session } from '../auth/token';
import { findRoute, type RouteParams } from '../router/router';
import { Lazy, lazyModule } from '../ui/lazy';
import { NotFoundPage } from '../ui/not-found-page';
import { AuditPage } from './audit-page';
import { CaseloadPage } from './caseload-page';
import { CreateYouthPage } from './create-youth-page';
import { ARCHIVES_PATH } from './paths';
import { StaffDecisionLetterPage } from './support-letter-page';
import { YouthFilePage } from './youth-file-page';

/** Staff pages (référent·e, coordinateur·rice, administrateur·rice): one lazily loaded chunk. */
type StaffRoute = (params: RouteParams, session: Session) => ComponentChildren;

// The interview pages are their own chunk: the caseload and file pages stay light.
const loadInterviewPages = lazyModule(() => import('./interview-pages'));
// So is the autonomy grid.
const loadGridPage = lazyModule(() => import('./grid-page'));
// So is « Mon suivi » (référent·es, coordinateur·rices).
const loadMyCaseload = lazyModule(() => import('../dashboard/caseload-page'));
// So is the admins' editor of the département's grid.
const loadGridTemplatePage = lazyModule(() => import('./grid-template-page'));
// So is the staff directory (administrateur·rices only).
const loadStaffDirectory = lazyModule(() => import('../dashboard/staff-directory-page'));
// So are the exit indicators (administrateur·rices only).
const loadIndicators = lazyModule(() => import('../dashboard/indicators-page'));
// So is the deadlines calendar.
const loadCalendar = lazyModule(() => import('../dashboard/calendar-page'));
// So are the housing pages.
const loadHousingPages = lazyModule(() => import('./housing-pages'));
// So is the admins' list of reminders that failed.
const loadFailedReminders = lazyModule(() => import('../reminders/failed-page'));
// So are the admins' « Dossiers archivés » and the opening of one, with a reason.
const loadArchives = lazyModule(() => import('./archives-page'));
const loadArchivedFile = lazyModule(() => import('./archived-file-page'));
// So are the admins' « Demandes RGPD » (the département's requests about data to answer).
const loadRgpdRequests = lazyModule(() => import('../dashboard/rgpd-requests-page'));

const adminOnly = (session: Session, page: ComponentChildren) => (session.role === 'admin' ? page : null);

const ROUTES: readonly (readonly [string, StaffRoute])[] = [
  [
    '/logement',
    (_params, session) => <Lazy load={loadHousingPages} render={({ HousingQueuePage }) => <HousingQueuePage session={session} />} />,
  ],
  [
    '/logement/partenaires',
    (_params, session) =>
      adminOnly(session, <Lazy load={loadHousingPages} render={({ HousingPartnersPage }) => <HousingPartnersPage />} />),
  ],
  [
    '/jeunes/:id/logement',
    ({ id = '' }, session) => (
      <Lazy load={loadHousingPages} render={({ YouthHousingPage }) => <YouthHousingPage id={id} session={session} />} />
    ),
  ],
  [
    '/grille',
    (_params, session) => adminOnly(session, <Lazy load={loadGridTemplatePage} render={({ GridTemplatePage }) => <GridTemplatePage />} />),
  ],
  [
    '/personnel',
    (_params, session) =>
      adminOnly(session, <Lazy load={loadStaffDirectory} render={({ StaffDirectoryPage }) => <StaffDirectoryPage />} />),
  ],
  [
    '/indicateurs',
    (_params, session) => adminOnly(session, <Lazy load={loadIndicators} render={({ IndicatorsPage }) => <IndicatorsPage />} />),
  ],
  [
    '/rappels',
    (_params, session) =>
      adminOnly(session, <Lazy load={loadFailedReminders} render={({ FailedRemindersPage }) => <FailedRemindersPage />} />),
  ],
  [ARCHIVES_PATH, (_params, session) => adminOnly(session, <Lazy load={loadArchives} render={({ ArchivesPage }) => <ArchivesPage />} />)],
  [
    `${ARCHIVES_PATH}/:id`,
    ({ id = '' }, session) =>
      adminOnly(session, <Lazy load={loadArchivedFile} render={({ ArchivedFilePage }) => <ArchivedFilePage key={id} id={id} />} />),
  ],
  [
    '/demandes-rgpd',
    (_params, session) =>
      adminOnly(session, <Lazy load={loadRgpdRequests} render={({ OpenRgpdRequestsPage }) => <OpenRgpdRequestsPage />} />),
  ],
  [
    '/demandes-rgpd/:id',
    ({ id = '' }, session) =>
      adminOnly(
        session,
        <Lazy load={loadRgpdRequests} render={({ YouthRgpdRequestsPage }) => <YouthRgpdRequestsPage key={id} youthId={id} />} />,
      ),
  ],
  [
    '/suivi',
    (_params, session) =>
      session.role === 'referent' || session.role === 'coordinateur' ? (
        <Lazy load={loadMyCaseload} render={({ MyCaseloadPage }) => <MyCaseloadPage />} />
      ) : null,
  ],
  ['/calendrier', (_params, session) => <Lazy load={loadCalendar} render={({ CalendarPage }) => <CalendarPage session={session} />} />],
  ['/jeunes', (_params, session) => <CaseloadPage session={session} />],
  ['/jeunes/nouveau', (_params, session) => adminOnly(session, <CreateYouthPage />)],
  ['/jeunes/:id', ({ id = '' }, session) => <YouthFilePage id={id} session={session} />],
  ['/jeunes/:id/historique', ({ id = '' }, session) => adminOnly(session, <AuditPage id={id} />)],
  [
    '/jeunes/:id/entretien',
    ({ id = '' }, session) => (
      <Lazy load={loadInterviewPages} render={({ StaffInterviewPage }) => <StaffInterviewPage id={id} session={session} />} />
    ),
  ],
  [
    '/jeunes/:id/grille',
    ({ id = '' }, session) => <Lazy load={loadGridPage} render={({ StaffGridPage }) => <StaffGridPage id={id} session={session} />} />,
  ],
  [
    '/jeunes/:id/accompagnement/courrier/:decisionId',
    ({ id = '', decisionId = '' }) => <StaffDecisionLetterPage id={id} decisionId={decisionId} />,
  ],
  [
    '/jeunes/:id/projet/imprimer',
    ({ id = '' }, session) => (
      <Lazy load={loadInterviewPages} render={({ StaffPlanPrintPage }) => <StaffPlanPrintPage id={id} session={session} />} />
    ),
  ],
];

export function StaffPages({ path, session }: { path: string; session: Session }) {
  const match = findRoute(ROUTES, path);
  return <>{match?.value(match.params, session) ?? <NotFoundPage home="/jeunes" />}</>;
}
