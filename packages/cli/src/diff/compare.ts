import { formatPounds } from '@council-partnerships/domain';
import { PartnershipAsOf } from '../replay/partnershipAsOf';

export type ChangeArea = 'phase' | 'terms' | 'value' | 'performance' | 'deadlines';

/** One thing that differs between the two replays, in the words of the register. */
export interface Change {
  readonly area: ChangeArea;
  readonly item: string;
  readonly before: string;
  readonly after: string;
}

const NONE = '-';

/** The partnership's values compared, each by its line in the register. */
const VALUE_LINES: readonly (readonly [string, (v: NonNullable<PartnershipAsOf['value']>) => number])[] = [
  ['annual value running', (v) => v.annualValuePence],
  ['committed value', (v) => v.committedValuePence],
  ['maximum value', (v) => v.maximumValuePence],
  ['open book: verified spend', (v) => v.openBook.verifiedPence],
];

type Contract = NonNullable<PartnershipAsOf['register']>['contracts'][number];

const contractTerms = (c: Contract): [string, string][] => [
  ['phase', c.phase],
  ['starts', c.startsOn],
  ['ends', c.endsOn],
  ['latest end with extensions', c.maximumEndsOn],
  ['extension options left', String(c.extensionOptionsRemaining)],
];

const contractValues = (c: Contract): [string, string][] => [
  ['annual value', formatPounds(c.annualValuePence)],
  ['total value', formatPounds(c.totalValuePence)],
  ['maximum value', formatPounds(c.maximumValuePence)],
];

const deadlineKey = (d: NonNullable<PartnershipAsOf['register']>['deadlines'][number]): string =>
  `${d.dueOn} ${d.kind}: ${d.description}`;

/**
 * What changed between two replays of one partnership: its phase, each contract's terms and value,
 * the partnership's value, each contract's latest rating, and which deadlines opened, closed or fell
 * overdue. Contracts are matched by id; one present on one side only shows as added or gone.
 */
export const comparePartnership = (a: PartnershipAsOf, b: PartnershipAsOf): Change[] => {
  const changes: Change[] = [];
  const note = (area: ChangeArea, item: string, before: string, after: string) => {
    if (before !== after) changes.push({ area, item, before, after });
  };
  note('phase', 'partnership', a.register?.phase ?? NONE, b.register?.phase ?? NONE);

  const before = new Map((a.register?.contracts ?? []).map((c) => [c.contractId, c]));
  const after = new Map((b.register?.contracts ?? []).map((c) => [c.contractId, c]));
  for (const id of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const x = before.get(id);
    const y = after.get(id);
    if (x === undefined || y === undefined) {
      const signed = (c: Contract | undefined) =>
        c === undefined ? 'not signed' : `${c.title}, ${c.startsOn} to ${c.endsOn}`;
      note('terms', `contract ${id}`, signed(x), signed(y));
    }
    const xt = x === undefined ? [] : contractTerms(x);
    const yt = y === undefined ? [] : contractTerms(y);
    if (x !== undefined && y !== undefined) {
      xt.forEach(([item, value], i) => note('terms', `${id} ${item}`, value, yt[i]?.[1] ?? NONE));
      const xv = contractValues(x);
      const yv = contractValues(y);
      xv.forEach(([item, value], i) => note('value', `${id} ${item}`, value, yv[i]?.[1] ?? NONE));
    }
  }

  const money = (
    value: PartnershipAsOf['value'],
    pick: (v: NonNullable<PartnershipAsOf['value']>) => number,
  ) => (value === null ? NONE : formatPounds(pick(value)));
  for (const [item, pick] of VALUE_LINES) note('value', item, money(a.value, pick), money(b.value, pick));

  const ratings = (r: PartnershipAsOf) =>
    new Map((r.performance?.contracts ?? []).map((c) => [c.contractId, c]));
  const ra = ratings(a);
  const rb = ratings(b);
  for (const id of [...new Set([...ra.keys(), ...rb.keys()])].sort()) {
    const x = ra.get(id);
    const y = rb.get(id);
    note('performance', `${id} rating`, x?.rating ?? NONE, y?.rating ?? NONE);
    note('performance', `${id} RAG`, x?.rag ?? NONE, y?.rag ?? NONE);
    note(
      'performance',
      `${id} returns`,
      String(x?.scorecards.length ?? 0),
      String(y?.scorecards.length ?? 0),
    );
  }
  note(
    'performance',
    'module expansion',
    a.performance === null ? NONE : a.performance.expansion.allowed ? 'allowed' : 'not allowed',
    b.performance === null ? NONE : b.performance.expansion.allowed ? 'allowed' : 'not allowed',
  );

  const deadlines = (r: PartnershipAsOf) =>
    new Map((r.register?.deadlines ?? []).map((d) => [deadlineKey(d), d.overdue ? 'OVERDUE' : 'open']));
  const da = deadlines(a);
  const db = deadlines(b);
  for (const key of [...new Set([...da.keys(), ...db.keys()])].sort()) {
    note('deadlines', key, da.get(key) ?? 'not open', db.get(key) ?? 'not open');
  }
  return changes;
};
