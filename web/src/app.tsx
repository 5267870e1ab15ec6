import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { configureApiSession, request, UserFacingError } from './api/client';
import { prefetchMyFile } from './api/my-file';
import type { AppConfig } from './api/types';
import { LoginPage, loadCognito } from './auth/login-page';
import { forgetOnThisPhone, keepOnThisPhone } from './auth/phone-data';
import {
  closeSession,
  currentRole,
  currentSub,
  currentToken,
  homePath,
  keptRole,
  keptSession,
  openSession,
  rememberReturnPath,
  restoreSession,
  takeReturnPath,
} from './auth/session';
import { sessionEndedNotice } from './auth/session-ended';
import type { Session } from './auth/token';
import { currentPath, navigate, useHashPath } from './router/router';
import { Lazy, lazyModule } from './ui/lazy';
import { NotFoundPage } from './ui/not-found-page';
import { ErrorNotice, Loading } from './ui/notices';
import { OfflineBanner } from './ui/offline-banner';
import { PageHeading } from './ui/page-heading';
import { SiteHeader } from './ui/site-header';
import { announce, StatusRegion } from './ui/status';
import { useAsync } from './ui/use-async';
import { VoiceContext } from './ui/voice';
import { forgetAllPendingBallots } from './youth/forget-pending-ballots';
import { loadMyFileSections, MyFilePage } from './youth/my-file-page';
import { CHECK_IN_PATH } from './youth/paths';

// The young person's « Mon dossier » paints its greeting from this entry bundle, its sections come
// in a chunk of their own (youth/my-file-page.tsx); staff and committee pages are fetched only by
// those who use them.
const loadStaff = lazyModule(() => import('./staff/staff-pages'));
const loadOrganisateur = lazyModule(() => import('./organisateur/committees-page'));
// The young person's interview pages are a small chunk of their own: « Mon dossier » stays light.
const loadYouthInterview = lazyModule(() => import('./youth/interview-pages'));
// So are their committees (« Mes comités »: votes and results).
const loadYouthCommittees = lazyModule(() => import('./youth/committee-pages'));
// And « Mon logement ».
const loadYouthHousing = lazyModule(() => import('./youth/housing-page'));
// And their support from 18 to 21 (« Après mes 18 ans »).
const loadYouthSupport = lazyModule(() => import('./youth/support-pages'));

// So is their autonomy grid (« Ma grille d'autonomie »).
const loadYouthGrid = lazyModule(() => import('./youth/grid-pages'));
// « Mes données » to read and print: its own chunk, opened rarely.
const loadYouthData = lazyModule(() => import('./youth/my-data-page'));
// « Mes droits sur mes données » (RGPD requests): its own chunk, opened rarely.
const loadYouthRgpd = lazyModule(() => import('./youth/rgpd-requests-page'));
// « J'ai besoin d'aide »: its own small chunk.
const loadYouthHelp = lazyModule(() => import('./youth/help-page'));
// The check-in of 19 and 21 (« Mon questionnaire »): its own small chunk too.
const loadYouthCheckIn = lazyModule(() => import('./youth/check-in-page'));

// The STOP link's page: opened from a message, signed in or not.
const loadStopPage = lazyModule(() => import('./reminders/stop-page'));
const STOP_PREFIX = '/arret/';

const isCommitteesPath = (path: string) => path === '/comites' || path.startsWith('/comites/');

/** The chunk of the young person's page at `path` (for « Mon dossier », its sections under the greeting), or null when unknown. */
function youthChunkFor(path: string): (() => Promise<unknown>) | null {
  if (path === '/moi') return loadMyFileSections;
  if (path === '/entretien' || path === '/entretien/imprimer' || path === '/droits') return loadYouthInterview;
  if (path === '/logement') return loadYouthHousing;
  if (path === '/accompagnement' || path.startsWith('/accompagnement/')) return loadYouthSupport;
  if (path === '/grille') return loadYouthGrid;
  if (path === '/aide') return loadYouthHelp;
  if (path === CHECK_IN_PATH) return loadYouthCheckIn;
  if (path === '/moi/donnees') return loadYouthData;
  if (path === '/moi/demandes') return loadYouthRgpd;
  if (isCommitteesPath(path)) return loadYouthCommittees;
  return null;
}

/**
 * Set by Root once mounted: what to do when the API refuses the token (a 401). A refusal
 * before (of the file asked for at start-up) is kept for Root to act on when it mounts.
 */
let refusedBeforeMount = false;
let onSessionRefused: () => void = () => {
  refusedBeforeMount = true;
};

// Wired here, at start-up, and not in an effect: a page's effects run before Root's, so
// « Mon dossier » would send its first request with no token, and its 401 would end the
// session just restored (issue 15).
configureApiSession({
  getToken: currentToken,
  onUnauthorized: () => onSessionRefused(),
  addressesYoungPerson: () => currentRole() === 'jeune',
  offlineCopiesOwner: () => (currentRole() === 'jeune' ? currentSub() : null),
});

// A young person opening a page of their own (a reload, a link): its chunk and their file are
// asked for now, beside /config.json, and not once the app has started (issue 15, LCP). Every
// page of theirs starts with the file, but the check-in: a prefetch it left unused would be
// served stale to the next page.
if (keptRole() === 'jeune') youthChunkFor(currentPath())?.().catch(() => {});
if (keptSession()?.role === 'jeune' && currentPath() !== CHECK_IN_PATH) {
  // The token the request needs; Root restores the same session again when it mounts.
  restoreSession();
  prefetchMyFile();
}

async function loadConfig(signal: AbortSignal): Promise<AppConfig> {
  const config = await request<AppConfig>('/config.json', { signal, authenticated: false });
  if (config?.auth !== 'dev' && config?.auth !== 'cognito') {
    throw new UserFacingError('La configuration du service est invalide. Réessayez plus tard.');
  }
  return config;
}

export function App() {
  const config = useAsync(loadConfig, []);
  if (config.state.status === 'ready') return <Root config={config.state.data} />;
  return (
    <Layout config={null} session={null} path="/">
      {config.state.status === 'loading' ? (
        <Loading />
      ) : (
        <>
          <PageHeading text="Envol n’a pas pu démarrer" />
          <ErrorNotice error={config.state.error} onRetry={config.reload} />
        </>
      )}
    </Layout>
  );
}

function hasCognitoCallback(config: AppConfig): boolean {
  if (config.auth !== 'cognito') return false;
  const search = new URLSearchParams(location.search);
  return search.has('code') || search.has('error');
}

/** Where to send the browser instead of `path`, or null to show `path`. */
function redirectFor(path: string, session: Session | null): string | null {
  if (path.startsWith(STOP_PREFIX)) return null;
  if (!session) return path === '/connexion' ? null : '/connexion';
  return path === '/' || path === '/connexion' ? homePath(session.role) : null;
}

function Root({ config }: { config: AppConfig }) {
  const path = useHashPath();
  const [restored] = useState(() => {
    const restoredSession = restoreSession();
    // A deep link opened without a session: go there once signed in.
    // (Not the STOP page: it needs no session, and signing in later should not lead back to it.)
    if (!restoredSession.session) {
      if (!currentPath().startsWith(STOP_PREFIX)) rememberReturnPath(currentPath());
    } else void keepOnThisPhone(restoredSession.session);
    return restoredSession;
  });
  const [session, setSession] = useState<Session | null>(restored.session);
  const [notice, setNotice] = useState<string | null>(restored.expired ? sessionEndedNotice(restored.expiredRole) : null);
  const [callbackPending, setCallbackPending] = useState(() => hasCognitoCallback(config));

  function startSession(token: string) {
    const opened = openSession(token);
    if (opened) void keepOnThisPhone(opened);
    setSession(opened);
    setNotice(opened ? null : 'Ce compte ne permet pas d’utiliser Envol : son rôle ou son département est inconnu.');
  }

  /** `wipe`: a sign-out, after which nothing of the person stays on the phone; a session that ended keeps the drafts for the next sign-in. */
  function endSession(wordNotice: (role: Session['role'] | null) => string | null, wipe: boolean): Promise<void> {
    const sub = currentSub();
    const role = closeSession();
    setSession(null);
    setNotice(wordNotice(role));
    return forgetOnThisPhone(sub, { drafts: wipe });
  }

  useEffect(() => {
    onSessionRefused = () => {
      rememberReturnPath(currentPath());
      void endSession(sessionEndedNotice, false);
    };
    if (refusedBeforeMount) {
      refusedBeforeMount = false;
      onSessionRefused();
    }
  }, []);

  const redirect = callbackPending ? null : redirectFor(path, session);
  useEffect(() => {
    if (!redirect) return;
    navigate(session ? (takeReturnPath() ?? redirect) : redirect, { replace: true });
  }, [redirect, session]);

  async function signOut() {
    takeReturnPath();
    const wasYouth = session?.role === 'jeune';
    // A vote still on its way stays on a shared phone no longer than the session.
    forgetAllPendingBallots();
    // Wiped before Cognito's page replaces this one: a shared phone keeps nothing of the person.
    await endSession(() => null, true);
    announce(wasYouth ? 'Tu es déconnecté·e.' : 'Vous êtes déconnecté·e.', '/connexion');
    if (config.auth === 'cognito') {
      const url = (await loadCognito()).logoutUrl(config);
      if (url) location.assign(url);
    }
  }

  let page: ComponentChildren = null;
  if (callbackPending && config.auth === 'cognito') {
    page = (
      <CognitoCallback
        config={config}
        onDone={(token) => {
          if (token) startSession(token);
          setCallbackPending(false);
        }}
      />
    );
  } else if (!redirect && path.startsWith(STOP_PREFIX)) {
    const token = path.slice(STOP_PREFIX.length);
    page = <Lazy load={loadStopPage} render={({ StopPage }) => <StopPage token={token} />} />;
  } else if (!redirect) {
    page = session ? (
      <RolePages key={path} session={session} path={path} />
    ) : (
      <LoginPage config={config} notice={notice} onToken={startSession} />
    );
  }

  return (
    <Layout config={config} session={session} path={path} onSignOut={signOut}>
      {page}
    </Layout>
  );
}

/** Back from the Cognito hosted UI with `?code=&state=`: exchange the code, then clean the address. */
function CognitoCallback({ config, onDone }: { config: Extract<AppConfig, { auth: 'cognito' }>; onDone: (token: string | null) => void }) {
  const exchange = useAsync(async () => {
    const cognito = await loadCognito();
    return cognito.completeCognitoLogin(config, new URLSearchParams(location.search));
  }, []);
  const cleanAddress = () => history.replaceState(null, '', `${location.pathname}${location.hash || '#/'}`);
  useEffect(() => {
    if (exchange.state.status === 'ready') {
      cleanAddress();
      onDone(exchange.state.data);
    }
  }, [exchange.state]);
  return (
    <>
      <PageHeading text="Connexion" />
      {exchange.state.status === 'failed' ? (
        <ErrorNotice
          error={exchange.state.error}
          retryLabel="Revenir à la connexion"
          onRetry={() => {
            cleanAddress();
            onDone(null);
          }}
        />
      ) : (
        <Loading text="Connexion en cours…" />
      )}
    </>
  );
}

function RolePages({ session, path }: { session: Session; path: string }) {
  switch (session.role) {
    case 'jeune':
      if (path === '/moi') return <MyFilePage />;
      if (path === '/moi/donnees') return <Lazy load={loadYouthData} render={({ MyDataPage }) => <MyDataPage />} />;
      if (path === '/moi/demandes') return <Lazy load={loadYouthRgpd} render={({ RgpdRequestsPage }) => <RgpdRequestsPage />} />;
      if (path === '/entretien' || path === '/entretien/imprimer' || path === '/droits') {
        return <Lazy load={loadYouthInterview} render={({ YouthInterviewPages }) => <YouthInterviewPages path={path} />} />;
      }
      if (path === '/logement') return <Lazy load={loadYouthHousing} render={({ MyHousingPage }) => <MyHousingPage />} />;
      if (path === '/accompagnement' || path.startsWith('/accompagnement/')) {
        return <Lazy load={loadYouthSupport} render={({ YouthSupportPages }) => <YouthSupportPages path={path} />} />;
      }
      if (path === '/grille') return <Lazy load={loadYouthGrid} render={({ YouthGridPage }) => <YouthGridPage />} />;
      if (path === '/aide') return <Lazy load={loadYouthHelp} render={({ HelpPage }) => <HelpPage />} />;
      if (path === CHECK_IN_PATH) return <Lazy load={loadYouthCheckIn} render={({ CheckInPage }) => <CheckInPage />} />;
      if (isCommitteesPath(path)) {
        return <Lazy load={loadYouthCommittees} render={({ YouthCommitteePages }) => <YouthCommitteePages path={path} />} />;
      }
      return <NotFoundPage home="/moi" />;
    case 'organisateur':
      return <Lazy load={loadOrganisateur} render={({ OrganisateurPages }) => <OrganisateurPages path={path} session={session} />} />;
    default:
      // Admins organise every committee of their département, with the organisateurs' pages.
      if (session.role === 'admin' && isCommitteesPath(path)) {
        return <Lazy load={loadOrganisateur} render={({ OrganisateurPages }) => <OrganisateurPages path={path} session={session} />} />;
      }
      return <Lazy load={loadStaff} render={({ StaffPages }) => <StaffPages path={path} session={session} />} />;
  }
}

/** « J’ai besoin d’aide », kept one tap away on a phone beside « Menu », in words short enough for its row. */
const HELP_SHORTCUT = ['/aide', 'Besoin d’aide'] as const;

const NAV_LINKS: Record<Session['role'], readonly (readonly [string, string])[]> = {
  jeune: [
    ['/moi', 'Mon dossier'],
    ['/aide', 'J’ai besoin d’aide'],
    ['/entretien', 'Mon entretien et mon projet'],
    ['/grille', 'Ma grille d’autonomie'],
    ['/logement', 'Mon logement'],
    ['/accompagnement', 'Après mes 18 ans'],
    ['/droits', 'Mes droits'],
    ['/comites', 'Mes comités'],
  ],
  referent: [
    ['/jeunes', 'Mes jeunes'],
    ['/suivi', 'Mon suivi'],
    ['/calendrier', 'Calendrier'],
    ['/logement', 'Demandes de logement'],
  ],
  coordinateur: [
    ['/jeunes', 'Mes jeunes'],
    ['/suivi', 'Mon suivi'],
    ['/calendrier', 'Calendrier'],
    ['/logement', 'Demandes de logement'],
  ],
  admin: [
    ['/jeunes', 'Mes jeunes'],
    ['/calendrier', 'Calendrier'],
    ['/logement', 'Demandes de logement'],
    ['/grille', 'Grille d’autonomie'],
    ['/comites', 'Comités'],
    ['/personnel', 'Personnel'],
    ['/indicateurs', 'Indicateurs'],
    ['/rappels', 'Rappels non envoyés'],
    ['/archives', 'Dossiers archivés'],
    ['/demandes-rgpd', 'Demandes RGPD'],
  ],
  organisateur: [['/comites', 'Comités']],
};

function focusMain(event: MouseEvent) {
  // The skip link must not change the hash: the hash is the route.
  event.preventDefault();
  document.getElementById('contenu')?.focus();
}

function Layout({
  config,
  session,
  path,
  onSignOut,
  children,
}: {
  config: AppConfig | null;
  session: Session | null;
  path: string;
  onSignOut?: () => void;
  children: ComponentChildren;
}) {
  return (
    // Every shared component (the error notices) speaks « tu » to a young person, « vous » to staff.
    <VoiceContext.Provider value={session?.role === 'jeune' ? 'jeune' : 'staff'}>
      {/* biome-ignore lint/a11y/useValidAnchor: RGAA 12.7 asks for a skip *link*; the hash is the route, so the jump is scripted. */}
      <a class="skip-link" href="#contenu" onClick={focusMain}>
        Aller au contenu
      </a>
      <SiteHeader
        demo={config?.auth === 'dev'}
        home={session ? homePath(session.role) : '/connexion'}
        session={session}
        path={path}
        links={session ? NAV_LINKS[session.role] : []}
        shortcut={session?.role === 'jeune' ? HELP_SHORTCUT : undefined}
        onSignOut={onSignOut}
      />
      <main id="contenu" tabIndex={-1}>
        {session && <OfflineBanner path={path} />}
        {children}
        <StatusRegion path={path} />
      </main>
      <footer class="site-footer">
        <p>Envol — accompagner les jeunes de l’ASE vers l’autonomie, de 16 à 21 ans.</p>
      </footer>
    </VoiceContext.Provider>
  );
}
