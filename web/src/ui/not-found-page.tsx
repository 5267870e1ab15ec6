import { href } from '../router/router';
import { PageHeading } from './page-heading';

export function NotFoundPage({ home }: { home: string }) {
  return (
    <>
      <PageHeading text="Page introuvable" />
      <p>Cette page n’existe pas ou n’est pas accessible avec ce compte.</p>
      <p>
        <a class="alone-link" href={href(home)}>
          Retour à l’accueil
        </a>
      </p>
    </>
  );
}
