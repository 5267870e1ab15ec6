import { useEffect, useRef, useState } from 'preact/hooks';
import type { Session } from '../auth/token';
import { roleLabel } from '../lib/role-label';
import { href } from '../router/router';

const MENU_ID = 'site-menu';

/**
 * Envol's header. On a wide screen: the brand and the account on one row, the menu below, all
 * shown. On a phone (under 40rem, styles.css): one short row, the brand and a « Menu » button,
 * so that the page's title shows high on the first screen; the button discloses the account and
 * every menu entry, one under the other (phone walk-through: a menu scrolling sideways hid its
 * entries behind a word cut off at the edge). Escape and every navigation close it. `shortcut`,
 * the young person's « J’ai besoin d’aide », stays on the row itself: one tap, whatever happens.
 */
export function SiteHeader({
  demo,
  home,
  session,
  path,
  links,
  shortcut,
  onSignOut,
}: {
  /** The local demo (dev sign-in): says so above everything. */
  demo: boolean;
  home: string;
  session: Session | null;
  path: string;
  links: readonly (readonly [string, string])[];
  /** A menu entry also shown beside the « Menu » button on a phone. */
  shortcut?: readonly [string, string] | undefined;
  onSignOut?: (() => void) | undefined;
}) {
  // Open on the page where it was opened only: a link followed closes it at once, and the new
  // page's title takes the focus (PageHeading). Not reset by an effect on `path`: it could run
  // late, after a tap, and close the menu just opened.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const shownPath = useRef(path);
  if (shownPath.current !== path) {
    shownPath.current = path;
    // Forgotten too, so that coming back to that page (Back) finds the menu closed.
    if (openOn !== null) setOpenOn(null);
  }
  const open = openOn === path;
  const setOpen = (opened: boolean) => setOpenOn(opened ? path : null);
  const toggle = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Focus inside the menu would be lost as it hides: it goes back to the button.
      const focusInMenu = menu.current?.contains(document.activeElement) ?? false;
      setOpen(false);
      if (focusInMenu || document.activeElement === toggle.current) toggle.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  /** The current page's own link changes no address: close, and take the reader to its title. */
  function followLink(target: string) {
    if (target !== path) return;
    setOpen(false);
    document.querySelector<HTMLElement>('main h1')?.focus();
  }

  return (
    <header class="site-header">
      {demo && (
        <p class="dev-banner">
          <strong>Connexion de démonstration</strong> : environnement local, comptes et données fictifs.
        </p>
      )}
      <div class="header-bar">
        <a class="brand" href={href(home)}>
          Envol
        </a>
        {session && (
          <>
            {shortcut && (
              <a class="menu-shortcut" href={href(shortcut[0])} aria-current={path === shortcut[0] ? 'page' : undefined}>
                {shortcut[1]}
              </a>
            )}
            <button
              ref={toggle}
              type="button"
              class="button button--secondary menu-toggle"
              aria-expanded={open}
              aria-controls={MENU_ID}
              onClick={() => setOpen(!open)}
            >
              <span class="menu-toggle-icon" aria-hidden="true" />
              Menu
            </button>
            <div ref={menu} id={MENU_ID} class={open ? 'site-menu site-menu--open' : 'site-menu'}>
              <div class="account">
                <p class="account-who">
                  {session.name ?? 'Compte connecté'} <span class="muted account-role">({roleLabel(session.role)})</span>
                </p>
                <button type="button" class="button button--quiet" onClick={onSignOut}>
                  Se déconnecter
                </button>
              </div>
              <nav aria-label="Menu principal" class="main-nav">
                <ul>
                  {links.map(([target, label]) => (
                    <li key={target}>
                      <a href={href(target)} aria-current={path === target ? 'page' : undefined} onClick={() => followLink(target)}>
                        {label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </>
        )}
      </div>
    </header>
  );
}
