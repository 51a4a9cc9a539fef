/** A store whose stored rows a specification may rewrite, as someone with write access to the table could. */
export interface TamperableStore {
  tamperWithRow(streamId: string, streamVersion: number, rewrite: (rowJson: string) => string): void;
}

/** A stored row's JSON edited as an object. */
export const rewriteRow =
  <Row = Record<string, unknown>>(edit: (row: Row) => Row) =>
  (json: string): string =>
    JSON.stringify(edit(JSON.parse(json) as Row));

/** Two rows of a stream given each other's version: the events reordered, each row's data untouched. */
export const swapStreamVersions = (store: TamperableStore, streamId: string, a: number, b: number): void => {
  const renumbered = (version: number) =>
    rewriteRow((row: Record<string, unknown>) => ({ ...row, streamVersion: version }));
  store.tamperWithRow(streamId, a, renumbered(b));
  store.tamperWithRow(streamId, b, renumbered(a));
};
