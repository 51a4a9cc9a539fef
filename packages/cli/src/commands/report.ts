import { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { CliIo, ExitCode } from '../io';
import { createProgress } from '../render/progress';
import { buildReport } from '../report/build';
import { readOnDate } from '../replay/partnershipAsOf';
import { createReadCheck, ReadCheckFlags, withReadCheckOptions } from '../read/readCheck';
import { settleFindings } from '../read/settleFindings';
import { fail, StoreOptions, withStore, withStoreOptions } from '../session';

interface ReportCommandOptions extends StoreOptions, ReadCheckFlags {
  readonly partnership?: string;
  readonly out: string;
}

/** `partnerships report`: one self-contained HTML file for a committee, charts included. */
export const reportCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  withReadCheckOptions(
    withStoreOptions(
      new Command('report')
        .description(
          'write a self-contained HTML report for a committee: verification result, lifecycle, value over time, KPI RAG by quarter, open-book claims, modifications, corrections, deadlines',
        )
        .option('--partnership <id>', 'only this partnership (default: every partnership in the store)')
        .requiredOption('--out <file.html>', 'the HTML file to write'),
    ),
  ).action(async (options: ReportCommandOptions) => {
    if (!/\.html?$/i.test(options.out)) {
      return finish(
        fail(io, { code: 'InvalidInput', message: `--out must name an .html file; got ${options.out}` }),
      );
    }
    finish(
      await withStore(io, options, async (store) => {
        const now = (io.now ?? (() => new Date()))();
        const progress = createProgress(io.stderr, 'report');
        let steps = 0;
        // The whole store is verified for the report's heading; the check only counts unknown types.
        const check = createReadCheck({ chains: false });
        const built = await buildReport(store, {
          ...(options.partnership === undefined ? {} : { partnership: options.partnership }),
          today: readOnDate({}, now),
          generatedAt: now.toISOString(),
          onProgress: (step) => progress.update(++steps, 0, step),
          check,
        });
        progress.finish();
        if (built._tag === 'Left') return fail(io, built.left);
        const counted = await check.findings(store);
        if (counted._tag === 'Left') return fail(io, counted.left);
        const settled = settleFindings(
          io,
          { problems: built.right.problems, unknownTypes: counted.right.unknownTypes },
          options,
        );
        if (settled !== null) return settled;
        try {
          await (io.writeFile ?? ((path: string, text: string) => writeFile(path, text, 'utf8')))(
            options.out,
            built.right.html,
          );
        } catch (error) {
          return fail(io, {
            code: 'OutputFailed',
            message: `cannot write ${options.out}: ${error instanceof Error ? error.message : String(error)}`,
          });
        }
        io.stdout.write(
          `Wrote ${options.out}: ${built.right.partnerships} partnership(s), ${built.right.charts} chart(s); the history ${built.right.intact ? 'verifies (intact)' : 'is TAMPERED (see the top of the report)'}.\n`,
        );
        return ExitCode.ok;
      }),
    );
  });
