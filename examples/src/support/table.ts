/** A column: its heading, and whether its values line up on the right (money, counts). */
export interface Column {
  readonly heading: string;
  readonly right?: boolean;
}

/**
 * A plain-text table for a terminal: headings, a rule, rows. Cells are strings already formatted
 * (money through `formatPounds`), so the table never rounds or reformats a figure.
 */
export const renderTable = (columns: readonly Column[], rows: readonly (readonly string[])[]): string => {
  const widths = columns.map((c, i) => Math.max(c.heading.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        columns[i]?.right === true ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.heading)),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(columns.map((_, i) => r[i] ?? ''))),
  ].join('\n');
};

/** A heading over a block of output. */
export const section = (title: string, body: string): string =>
  `${title}\n${'='.repeat(title.length)}\n${body}`;
