import type { GridItem } from '../api/types';

/**
 * An id for an item added to the draft: the need's short prefix and a random part, in
 * the form the API takes (`[a-z0-9-]{1,30}`), never one already used. An id is never
 * reused for another sentence, so earlier answers keep their meaning.
 */
export function newItemId(domain: string, taken: ReadonlySet<string>, random: () => string): string {
  const prefix = domain.replace(/[^a-z0-9]/g, '').slice(0, 10) || 'item';
  for (;;) {
    const id = `${prefix}-${random()
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 8)}`;
    if (!taken.has(id) && /^[a-z0-9-]{1,30}$/.test(id) && !id.endsWith('-')) return id;
  }
}

/** The draft's own checks before it is sent, by field path (`items.3.label`, `items`): an empty sentence, a need left empty. */
export function findDraftErrors(items: readonly GridItem[], domains: readonly string[], domainName: (domain: string) => string) {
  const errors: Record<string, string> = {};
  items.forEach((item, index) => {
    if (item.label.trim() === '') errors[`items.${index}.label`] = 'Écrivez la phrase de l’item, ou retirez-le.';
  });
  const empty = domains.filter((domain) => !items.some((item) => item.domain === domain));
  if (empty.length > 0) errors.items = `Chaque besoin garde au moins un item : ${empty.map(domainName).join(', ')}.`;
  return errors;
}

/** Whether the items on screen differ from those saved (then publishing would not publish what is shown). */
export function hasUnsavedChanges(saved: readonly GridItem[], shown: readonly GridItem[]): boolean {
  return (
    saved.length !== shown.length ||
    saved.some((item, index) => item.id !== shown[index]?.id || item.label !== shown[index]?.label || item.domain !== shown[index]?.domain)
  );
}
