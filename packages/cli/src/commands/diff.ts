import { Command } from 'commander';
import { AsOf } from '@council-partnerships/projections';
import { CliIo, ExitCode } from '../io';
import { comparePartnership } from '../diff/compare';
import { renderTable } from '../render/table';
import { readOnDate, replayPartnership } from '../replay/partnershipAsOf';
import { fail, StoreOptions, tableLayout, withStore, withStoreOptions, writeJson } from '../session';
import { asOfFromFlags } from './replay';
import { createReadCheck, ReadCheckFlags, withReadCheckOptions } from '../read/readCheck';
import { settleRead } from '../read/settleFindings';

interface DiffOptions extends StoreOptions, ReadCheckFlags {
  readonly partnership: string;
  readonly asOf?: readonly string[];
  readonly recordedBy?: readonly string[];
}

const collect = (value: string, previous: readonly string[] = []): string[] => [...previous, value];

/** The two questions: two business dates, or two instants of what the store held; never a mix. */
const twoQuestions = (io: CliIo, options: DiffOptions): [AsOf, AsOf] | null => {
  const dates = options.asOf ?? [];
  const instants = options.recordedBy ?? [];
  const flags =
    dates.length === 2 && instants.length === 0
      ? dates.map((asOf) => ({ asOf }))
      : instants.length === 2 && dates.length === 0
        ? instants.map((recordedBy) => ({ recordedBy }))
        : null;
  if (flags === null) {
    fail(io, {
      code: 'InvalidInput',
      message: `diff compares two states: give --as-of twice (two business dates) or --recorded-by twice (two instants); got ${dates.length} --as-of and ${instants.length} --recorded-by`,
    });
    return null;
  }
  const questions: AsOf[] = [];
  for (const flag of flags) {
    // One line for the first bad value, as for every other command.
    const checked = asOfFromFlags(io, flag);
    if (checked === null) return null;
    questions.push(checked);
  }
  const [a, b] = questions;
  return a === undefined || b === undefined ? null : [a, b];
};

const label = (asOf: AsOf): string =>
  asOf.businessDate !== undefined
    ? `as of ${asOf.businessDate}`
    : `as recorded by ${asOf.recordedBy ?? 'now'}`;

/** `partnerships diff`: what changed in one partnership's terms, value, performance and deadlines. */
export const diffCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  withReadCheckOptions(
    withStoreOptions(
      new Command('diff')
        .description(
          'what changed in a partnership between two business dates (--as-of A --as-of B) or two states of knowledge (--recorded-by T1 --recorded-by T2): terms, value, performance, deadlines',
        )
        .requiredOption('--partnership <id>', 'the partnership to compare')
        .option('--as-of <YYYY-MM-DD>', 'a business date; give it twice', collect)
        .option('--recorded-by <ISO time>', 'an instant of what the store held; give it twice', collect),
    ),
  ).action(async (options: DiffOptions) => {
    const questions = twoQuestions(io, options);
    if (questions === null) return finish(ExitCode.failed);
    const now = (io.now ?? (() => new Date()))();
    finish(
      await withStore(io, options, async (store) => {
        const [qa, qb] = questions;
        // Both sides replay the same stream: its chain and types are checked on the first read.
        const check = createReadCheck();
        const a = await replayPartnership(
          store,
          options.partnership,
          qa,
          readOnDate(qa, now),
          undefined,
          check,
        );
        if (a._tag === 'Left') return fail(io, a.left);
        const b = await replayPartnership(store, options.partnership, qb, readOnDate(qb, now));
        if (b._tag === 'Left') return fail(io, b.left);
        const settled = await settleRead(io, check, store, options);
        if (settled !== null) return settled;
        const changes = comparePartnership(a.right, b.right);
        const side = (r: typeof a.right) => ({
          asOf: r.asOf,
          readOn: r.readOn,
          eventsReplayed: r.eventsReplayed,
        });
        if (options.json) {
          writeJson(io, {
            partnershipId: a.right.partnershipId,
            before: side(a.right),
            after: side(b.right),
            changes,
          });
          return ExitCode.ok;
        }
        const head =
          `Partnership ${a.right.partnershipId}: ${label(qa)} (${a.right.eventsReplayed} events) ` +
          `against ${label(qb)} (${b.right.eventsReplayed} events).\n`;
        io.stdout.write(
          changes.length === 0
            ? `${head}Nothing changed in its terms, value, performance or deadlines.\n`
            : `${head}${changes.length} change(s):\n\n` +
                renderTable(
                  [
                    { header: 'area' },
                    { header: 'what', flexible: true, maxWidth: 90 },
                    { header: label(qa), flexible: true, maxWidth: 40 },
                    { header: label(qb), flexible: true, maxWidth: 40 },
                  ],
                  changes.map((c) => [c.area, c.item, c.before, c.after]),
                  tableLayout(io, options),
                ),
        );
        return ExitCode.ok;
      }),
    );
  });
