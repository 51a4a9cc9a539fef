import { Command } from 'commander';
import { validateAsOf } from '@council-partnerships/projections';
import { CliIo, ExitCode } from '../io';
import { createProgress } from '../render/progress';
import { renderPartnership } from '../render/partnership';
import { readOnDate, replayPartnership } from '../replay/partnershipAsOf';
import { readAheadOf } from '../replay/readAhead';
import { createReadCheck, ReadCheckFlags, withReadCheckOptions } from '../read/readCheck';
import { settleRead } from '../read/settleFindings';
import { fail, StoreOptions, tableLayout, withStore, withStoreOptions, writeJson } from '../session';

interface ReplayOptions extends StoreOptions, ReadCheckFlags {
  readonly partnership: string;
  readonly asOf?: string;
  readonly recordedBy?: string;
}

/** The as-of flags, checked before the store is opened so a typo costs nothing. */
export const asOfFromFlags = (io: CliIo, flags: { asOf?: string; recordedBy?: string }) => {
  const checked = validateAsOf({
    ...(flags.asOf === undefined ? {} : { businessDate: flags.asOf }),
    ...(flags.recordedBy === undefined ? {} : { recordedBy: flags.recordedBy }),
  });
  if (checked._tag === 'Left') {
    const flag = checked.left.path.includes('businessDate') ? '--as-of' : '--recorded-by';
    const expected =
      flag === '--as-of'
        ? 'a date written YYYY-MM-DD'
        : 'an ISO 8601 time with an offset, e.g. 2023-04-30T17:00:00Z';
    fail(io, { code: 'InvalidInput', message: `${flag} must be ${expected}` });
    return null;
  }
  return checked.right;
};

export const asOfOptions = (command: Command): Command =>
  command
    .option('--as-of <YYYY-MM-DD>', 'only what had happened by the end of this business day (London)')
    .option(
      '--recorded-by <ISO time>',
      'only what the store had recorded by this instant: what an auditor would have seen then',
    );

export const replayCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  withReadCheckOptions(
    withStoreOptions(
      asOfOptions(
        new Command('replay')
          .description(
            "replay one partnership's history and show its state, value, contracts, performance and deadlines as they stood",
          )
          .requiredOption('--partnership <id>', 'the partnership to replay'),
      ),
    ),
  ).action(async (options: ReplayOptions) => {
    const asOf = asOfFromFlags(io, options);
    if (asOf === null) return finish(ExitCode.failed);
    finish(
      await withStore(io, options, async (store) => {
        const progress = createProgress(io.stderr, 'replaying');
        const now = (io.now ?? (() => new Date()))();
        const today = readOnDate(asOf, now);
        const check = createReadCheck();
        const replayed = await replayPartnership(
          store,
          options.partnership,
          asOf,
          today,
          (done, total) => progress.update(done, total),
          check,
        );
        progress.finish();
        if (replayed._tag === 'Left') return fail(io, replayed.left);
        const settled = await settleRead(io, check, store, options);
        if (settled !== null) return settled;
        const ahead = readAheadOf(today, now);
        const answer = ahead === null ? replayed.right : { ...replayed.right, readAhead: ahead };
        if (options.json) writeJson(io, answer);
        else io.stdout.write(renderPartnership(answer, tableLayout(io, options)));
        return ExitCode.ok;
      }),
    );
  });
