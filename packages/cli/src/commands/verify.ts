import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import {
  Anchor,
  decodeAnchor,
  invalidInput,
  IntegrityProblem,
  VerificationReport,
  verifyStore,
} from '@council-partnerships/domain';
import { CliIo, ExitCode } from '../io';
import { createProgress } from '../render/progress';
import { renderTable } from '../render/table';
import { fail, StoreOptions, withStore, withStoreOptions, writeJson } from '../session';
import { refuseOrFail } from '../checkpoints/inputs';
import {
  CheckpointVerifyOptions,
  compareStoreWithCheckpoint,
  loadCheckpointOptions,
  renderCheckpointComparison,
  withCheckpointOptions,
} from '../checkpoints/verifyOptions';

interface VerifyOptions extends StoreOptions, CheckpointVerifyOptions {
  readonly anchor?: string;
}

const loadAnchor = async (io: CliIo, path: string) => {
  let text: string;
  try {
    text = await (io.readFile ?? ((p: string) => readFile(p, 'utf8')))(path);
  } catch (error) {
    return {
      _tag: 'Left' as const,
      left: invalidInput(`cannot read anchor file ${path}: ${(error as Error).message}`, ['anchor']),
    };
  }
  try {
    const decoded = decodeAnchor(JSON.parse(text));
    return decoded._tag === 'Left'
      ? {
          _tag: 'Left' as const,
          left: invalidInput(`${path} is not an anchor file: ${decoded.left.message}`, ['anchor']),
        }
      : decoded;
  } catch {
    return {
      _tag: 'Left' as const,
      left: invalidInput(`${path} is not JSON, so not an anchor file`, ['anchor']),
    };
  }
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const renderProblems = (problems: readonly IntegrityProblem[]): string =>
  renderTable(
    [
      { header: '#', align: 'right' },
      { header: 'finding' },
      { header: 'stream' },
      { header: 'version', align: 'right' },
      { header: 'event' },
    ],
    problems.map((p, i) => [
      String(i + 1),
      p.kind,
      p.streamId,
      p.streamVersion === null ? '-' : String(p.streamVersion),
      p.eventId ?? '(gone)',
    ]),
  ) + `\n${problems.map((p, i) => `${i + 1}. ${p.message}\n`).join('')}`;

const renderReport = (report: VerificationReport, storeName: string, anchor: Anchor | undefined): string => {
  const scope = `${plural(report.streamsChecked, 'stream')}, ${plural(report.eventsChecked, 'event')} in the ${storeName} store`;
  const anchored =
    anchor === undefined
      ? ''
      : `Compared with the anchor${anchor.takenAt ? ` taken ${anchor.takenAt}` : ''} (${plural(Object.keys(anchor.heads).length, 'stream')}).\n`;
  const warnings = report.warnings.map((w) => `Warning: ${w}.\n`).join('');
  const empty =
    report.streamsChecked === 0
      ? 'The store holds no events at all: check that --store names the store you meant.\n'
      : '';
  if (report.intact) {
    return `Intact: every hash chain recomputes for ${scope}.\n${anchored}${warnings}${empty}`;
  }
  return `TAMPERED: ${plural(report.problems.length, 'problem')} found in ${scope}.\n${anchored}${warnings}\n${renderProblems(report.problems)}`;
};

export const verifyCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  withCheckpointOptions(
    withStoreOptions(
      new Command('verify')
        .description(
          'recompute the hash chain of every stream and report any event altered, deleted, inserted or reordered',
        )
        .option(
          '--anchor <file>',
          'stream heads exported at an earlier audit (partnerships export heads): also catches a cut-off or rewritten end of a stream',
        ),
    ),
  )
    .addHelpText(
      'after',
      '\nExit codes: 0 intact, 1 tampered (problems listed), 2 could not verify (bad arguments, unreachable store).',
    )
    .action(async (options: VerifyOptions) => {
      let anchor: Anchor | undefined;
      if (options.anchor !== undefined) {
        const loaded = await loadAnchor(io, options.anchor);
        if (loaded._tag === 'Left') return finish(fail(io, loaded.left));
        anchor = loaded.right;
      }
      const checkpoint = await loadCheckpointOptions(io, options);
      if (checkpoint._tag === 'Left') return finish(refuseOrFail(io, checkpoint.left));
      finish(
        await withStore(io, options, async (store) => {
          const progress = createProgress(io.stderr, 'verifying');
          const verified = await verifyStore(store, {
            onProgress: (p) => progress.update(p.streamsDone, p.streamsTotal, p.streamId),
            ...(anchor === undefined ? {} : { anchor: anchor.heads }),
          });
          progress.finish();
          if (verified._tag === 'Left') return fail(io, verified.left);
          const report = verified.right;
          let compared = null;
          if (checkpoint.right !== null) {
            const comparison = await compareStoreWithCheckpoint(store, checkpoint.right);
            if (comparison._tag === 'Left') return fail(io, comparison.left);
            compared = comparison.right;
          }
          if (options.json) {
            writeJson(io, {
              store: store.name,
              ...report,
              ...(compared === null ? {} : { checkpoint: compared }),
            });
          } else {
            io.stdout.write(renderReport(report, store.name, anchor));
            if (compared !== null) io.stdout.write(renderCheckpointComparison(compared));
          }
          return report.intact && (compared === null || compared.consistent)
            ? ExitCode.ok
            : ExitCode.tampered;
        }),
      );
    });
