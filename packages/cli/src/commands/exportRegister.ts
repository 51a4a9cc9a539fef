import { Command, Option } from 'commander';
import { contractRegister, registerProjection, registerToCsv } from '@council-partnerships/projections';
import { CliIo, ExitCode } from '../io';
import { createProgress } from '../render/progress';
import { foldLog } from '../replay/foldLog';
import { readOnDate } from '../replay/partnershipAsOf';
import { fail, withStore, withStoreOptions, writeJson } from '../session';
import { asOfFromFlags, asOfOptions } from './replay';

interface ExportRegisterOptions {
  readonly store?: string;
  readonly format: 'csv' | 'json';
  readonly asOf?: string;
  readonly recordedBy?: string;
  readonly includePipeline?: boolean;
}

export const exportRegisterCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  asOfOptions(
    withStoreOptions(
      new Command('register')
        .description(
          "the council's contract register: every signed contract (Transparency Code columns) with its partnership, phase and next deadline",
        )
        .addOption(
          new Option(
            '--format <format>',
            'csv (RFC 4180, one row per contract) or json (one entry per partnership)',
          )
            .choices(['csv', 'json'])
            .default('csv'),
        )
        .option('--include-pipeline', 'also list partnerships with no signed contract yet (csv)'),
    ),
  ).action(async (options: ExportRegisterOptions) => {
    const asOf = asOfFromFlags(io, options);
    if (asOf === null) return finish(ExitCode.failed);
    finish(
      await withStore(io, options, async (store) => {
        const progress = createProgress(io.stderr, 'reading the log');
        const folded = await foldLog(store, registerProjection, asOf, (n) => progress.update(n, 0, 'events'));
        progress.finish();
        if (folded._tag === 'Left') return fail(io, folded.left);
        const today = readOnDate(asOf, (io.now ?? (() => new Date()))());
        const entries = contractRegister(folded.right.state, { today });
        if (options.format === 'json') writeJson(io, { readOn: today, asOf, partnerships: entries });
        else io.stdout.write(registerToCsv(entries, { includePipeline: options.includePipeline === true }));
        return ExitCode.ok;
      }),
    );
  });
