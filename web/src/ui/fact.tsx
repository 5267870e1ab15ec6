import type { ComponentChildren } from 'preact';

/** One row of a description list (`<dl>`): a term and what it says. */
export function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
