import type { ComponentChildren } from 'preact';
import { focusLater } from './form-fields';

/** `rows` with the row keyed `key` changed by `changes`. */
export function updateRow<Row extends { key: string }>(rows: readonly Row[], key: string, changes: Partial<Row>): Row[] {
  return rows.map((row) => (row.key === key ? { ...row, ...changes } : row));
}

/**
 * A repeated group of a form (participants, points): each row in its own fieldset with a
 * button to remove it, then a button to add one. Removing moves the focus to « add »;
 * adding moves it to the field whose id `onAdd` returns.
 */
export function RowList<Row extends { key: string }>({
  legend,
  empty,
  rows,
  rowLegend,
  removeLabel,
  addId,
  addLabel,
  onAdd,
  onRemove,
  children,
}: {
  legend: string;
  /** Shown when there is no row. */
  empty: string;
  rows: readonly Row[];
  rowLegend: (index: number) => string;
  removeLabel: (index: number) => string;
  addId: string;
  addLabel: string;
  /** Adds a row; returns the id of its first field. */
  onAdd: () => string;
  onRemove: (row: Row) => void;
  children: (row: Row, index: number) => ComponentChildren;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {rows.length === 0 && <p class="hint">{empty}</p>}
      {rows.map((row, index) => (
        <fieldset key={row.key} class="row">
          <legend>{rowLegend(index)}</legend>
          {children(row, index)}
          <button
            type="button"
            class="button button--quiet"
            onClick={() => {
              onRemove(row);
              focusLater(addId);
            }}
          >
            {removeLabel(index)}
          </button>
        </fieldset>
      ))}
      <button type="button" id={addId} class="button button--secondary" onClick={() => focusLater(onAdd())}>
        {addLabel}
      </button>
    </fieldset>
  );
}
