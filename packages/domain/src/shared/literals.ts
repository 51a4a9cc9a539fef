import * as t from 'io-ts';

/** A codec for exactly these words (the values of a closed list), under the name a refusal shows. */
export const literals = <const A extends readonly [string, ...string[]]>(values: A, name: string) =>
  t.keyof(Object.fromEntries(values.map((v) => [v, null])) as { [K in A[number]]: null }, name);

/** A codec for the keys of a table (grounds, exemptions), so the table stays the one list of them. */
export const keysOf = <R extends Readonly<Record<string, unknown>>>(table: R, name: string) =>
  literals(Object.keys(table) as [keyof R & string, ...(keyof R & string)[]], name);
