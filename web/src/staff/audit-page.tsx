import { listAudit } from '../api/youth';
import { href } from '../router/router';
import { AuditItem } from '../ui/entries';
import { PageHeading } from '../ui/page-heading';
import { PagedList, usePagedList } from '../ui/paged-list';
import { youthPath } from './paths';

/**
 * An administrateur·rice's view of who accessed a file. It does not load the profile
 * for a name: that read would itself be written to the history being consulted.
 */
export function AuditPage({ id }: { id: string }) {
  const audit = usePagedList((cursor, signal) => listAudit(id, cursor, signal), [id]);
  return (
    <>
      <PageHeading text="Historique des accès au dossier" />
      <p>
        <a href={href(youthPath(id))}>Retour au dossier</a>
      </p>
      <p class="lead">
        Chaque consultation ou modification du dossier par un·e professionnel·le, de la plus récente à la plus ancienne. Le jeune voit la
        même liste.
      </p>
      <PagedList
        list={audit}
        itemKey={(entry) => entry.id}
        renderItem={(entry) => <AuditItem entry={entry} voice="staff" />}
        empty="Aucun accès enregistré."
        moreLabel="Voir plus d’accès"
        loadingText="Chargement de l’historique…"
        class="entries"
      />
    </>
  );
}
