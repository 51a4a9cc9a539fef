export interface Column {
  readonly header: string;
  /** Numbers read best right-aligned. */
  readonly align?: 'left' | 'right';
  /** Longer cells are cut with an ellipsis, so one long message does not push the table off screen. */
  readonly maxWidth?: number;
}

const cut = (text: string, max: number | undefined): string =>
  max === undefined || text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;

/**
 * A plain-text table: a header, a rule, then one line per row, columns separated by two spaces.
 * Line breaks inside cells become spaces so every row stays on one line.
 */
export const renderTable = (columns: readonly Column[], rows: readonly (readonly string[])[]): string => {
  const cells = rows.map((row) =>
    columns.map((column, i) => cut((row[i] ?? '').replace(/\s*\n\s*/g, ' '), column.maxWidth)),
  );
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...cells.map((row) => row[i]?.length ?? 0)),
  );
  const line = (values: readonly string[]): string =>
    values
      .map((value, i) => {
        const width = widths[i] ?? 0;
        return columns[i]?.align === 'right' ? value.padStart(width) : value.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map((row) => line(row)),
  ]
    .map((l) => `${l}\n`)
    .join('');
};
