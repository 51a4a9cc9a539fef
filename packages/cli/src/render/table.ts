export interface Column {
  readonly header: string;
  /** Numbers read best right-aligned. */
  readonly align?: 'left' | 'right';
  /**
   * On a screen of known width, longer cells are cut with an ellipsis, so one long message does not
   * push the table off it. In a pipe or a file (no width) nothing is cut: the reader is a program or a log.
   */
  readonly maxWidth?: number;
  /** Free text that gives way first when the table must narrow (dates and ids keep their width longer). */
  readonly flexible?: boolean;
  /** Never cut (an id a reader copies into the next command). */
  readonly keep?: boolean;
}

/** How wide a table may be drawn. */
export interface TableLayout {
  /** The terminal's width in characters: columns are narrowed, longest first, to fit it. */
  readonly width?: number;
  /** Everything, however wide: no column is cut (`--wide`). */
  readonly wide?: boolean;
}

const cut = (text: string, max: number | undefined): string =>
  max === undefined || text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;

const GAP = 2;
/** A column is never narrowed below this, or below its header if that is shorter. */
const NARROWEST = 6;
/** Free text gives way first, but only down to this, before other columns narrow too. */
const FLEXIBLE_FIRST_DOWN_TO = 16;

/** Narrows the widest column (free text first) a character at a time until the line fits, or nothing can narrow further. */
const fitWidths = (natural: readonly number[], columns: readonly Column[], width: number): number[] => {
  const widths = [...natural];
  const floor = natural.map((w, i) =>
    columns[i]?.keep === true
      ? w
      : Math.min(w, Math.max(NARROWEST, Math.min(columns[i]?.header.length ?? 0, 12))),
  );
  let over = widths.reduce((a, b) => a + b, 0) + GAP * Math.max(0, widths.length - 1) - width;
  // Free text to a readable width, then free text to its floor, then every column.
  for (const [onlyFlexible, readable] of [
    [true, true],
    [true, false],
    [false, false],
  ] as const) {
    while (over > 0) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) {
        if (onlyFlexible && columns[i]?.flexible !== true) continue;
        const lowest = readable ? Math.max(floor[i]!, FLEXIBLE_FIRST_DOWN_TO) : floor[i]!;
        if (widths[i]! > lowest && (widest === -1 || widths[i]! > widths[widest]!)) widest = i;
      }
      if (widest === -1) break;
      widths[widest]! -= 1;
      over -= 1;
    }
  }
  return widths;
};

/**
 * A plain-text table: a header, a rule, then one line per row, columns separated by two spaces.
 * Line breaks inside cells become spaces so every row stays on one line. Given a width, long cells
 * are cut to their column's limit and the longest columns (with an ellipsis) until every line fits
 * it; without one (a pipe, a file) every cell is drawn whole.
 */
export const renderTable = (
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  layout: TableLayout = {},
): string => {
  const width = layout.wide === true ? undefined : layout.width;
  const cells = rows.map((row) =>
    columns.map((column, i) =>
      cut((row[i] ?? '').replace(/\s*\n\s*/g, ' '), width === undefined ? undefined : column.maxWidth),
    ),
  );
  const natural = columns.map((column, i) =>
    Math.max(column.header.length, ...cells.map((row) => row[i]?.length ?? 0)),
  );
  const widths = width === undefined ? natural : fitWidths(natural, columns, width);
  const line = (values: readonly string[]): string =>
    values
      .map((value, i) => {
        const width = widths[i] ?? 0;
        const fitted = cut(value, width);
        return columns[i]?.align === 'right' ? fitted.padStart(width) : fitted.padEnd(width);
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map((row) => line(row)),
  ]
    .map((l) => `${l}\n`)
    .join('');
};

/** A column of a table of records: its header and layout, and the cell it shows for a record. */
export interface RecordColumn<R> extends Column {
  readonly cell: (record: R) => string;
}

/**
 * A table with a row per record, each column saying beside its header what it shows, so a header
 * and its cells cannot drift apart.
 */
export const renderRecords = <R>(
  records: readonly R[],
  columns: readonly RecordColumn<R>[],
  layout: TableLayout = {},
): string =>
  renderTable(
    columns,
    records.map((record) => columns.map((column) => column.cell(record))),
    layout,
  );
