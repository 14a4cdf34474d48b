/**
 * @module ui/RecordTable
 * A table of records (one row per consultation, membership, account …). On a wide screen it is an
 * ordinary table with `th scope` headers; on a phone (gremia-narrow.css) every row becomes a block
 * of „Label: Wert“ lines, so nothing is cut and nothing scrolls sideways. Each cell carries its
 * column's label in `data-label` for that; numeric columns never break inside a number.
 */
import type { Child } from 'hono/jsx';

export interface RecordColumn<Row> {
  label: string;
  cell: (row: Row) => Child;
  /** The row's name: rendered as `<th scope="row">`, shown as the block's heading on a phone. */
  rowHeader?: boolean;
  /** Dates, amounts, counts: one line, tabular figures. */
  numeric?: boolean;
}

export interface RecordTableProps<Row> {
  caption: string;
  /** The caption for screen readers only (the section heading already says it). */
  hiddenCaption?: boolean;
  class?: string;
  columns: RecordColumn<Row>[];
  rows: readonly Row[];
  rowClass?: (row: Row) => string | undefined;
}

export function RecordTable<Row>(props: RecordTableProps<Row>) {
  return (
    <table class={`data records${props.class ? ` ${props.class}` : ''}`}>
      <caption class={props.hiddenCaption ? 'visually-hidden' : undefined}>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((c) => (
            <th scope="col">{c.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr class={props.rowClass?.(row)}>
            {props.columns.map((c) =>
              c.rowHeader ? (
                <th scope="row">{c.cell(row)}</th>
              ) : (
                <td data-label={c.label} class={c.numeric ? 'num' : undefined}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
