import { NotFoundPage } from '../ui/not-found-page';
import { PageHeading } from '../ui/page-heading';

/** Organisateur·rice home. Its own chunk: the committees feature will grow here. */
export function OrganisateurPages({ path }: { path: string }) {
  return path === '/comites' ? <CommitteesPage /> : <NotFoundPage home="/comites" />;
}

function CommitteesPage() {
  return (
    <>
      <PageHeading text="Comités" />
      <p class="empty">Aucun comité pour le moment.</p>
      <p class="hint">L’organisation des comités des jeunes (comités territoriaux et départemental) arrive bientôt dans Envol.</p>
    </>
  );
}
