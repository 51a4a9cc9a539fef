import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import {
  Anchor,
  decodeAnchor,
  invalidInput,
  IntegrityProblem,
  VerificationReport,
  VerifyProgress,
  verifyStore,
} from '@council-partnerships/domain';
import { CliIo, ExitCode } from '../io';
import { createProgress } from '../render/progress';
import { renderTable, TableLayout } from '../render/table';
import { fail, StoreOptions, tableLayout, withStore, withStoreOptions, writeJson } from '../session';
import { AnchorSource, anchorSourceOf, checkAnchorSource } from './anchorSource';
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
    const json: unknown = JSON.parse(text);
    const decoded = decodeAnchor(json);
    return decoded._tag === 'Left'
      ? {
          _tag: 'Left' as const,
          left: invalidInput(`${path} is not an anchor file: ${decoded.left.message}`, ['anchor']),
        }
      : { _tag: 'Right' as const, right: { anchor: decoded.right, source: anchorSourceOf(json) } };
  } catch {
    return {
      _tag: 'Left' as const,
      left: invalidInput(`${path} is not JSON, so not an anchor file`, ['anchor']),
    };
  }
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * The count of events checked so far: the log's length is not known before reading it, and a count of
 * streams says nothing in a store of one long stream.
 */
export const eventsLabel = (p: VerifyProgress): string =>
  `events checked (${p.streamsDone}/${p.streamsTotal} streams, last ${p.streamId})`;

const renderProblems = (problems: readonly IntegrityProblem[], layout: TableLayout): string =>
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
    layout,
  ) + `\n${problems.map((p, i) => `${i + 1}. ${p.message}\n`).join('')}`;

const renderReport = (
  report: VerificationReport,
  storeName: string,
  anchor: Anchor | undefined,
  layout: TableLayout,
): string => {
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
  return `TAMPERED: ${plural(report.problems.length, 'problem')} found in ${scope}.\n${anchored}${warnings}\n${renderProblems(report.problems, layout)}`;
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
      '\nExit codes: 0 intact, 1 tampered (problems listed), 2 could not verify (bad arguments, unreachable store, an anchor taken from another store).',
    )
    .action(async (options: VerifyOptions) => {
      let anchor: Anchor | undefined;
      let source: AnchorSource | null = null;
      if (options.anchor !== undefined) {
        const loaded = await loadAnchor(io, options.anchor);
        if (loaded._tag === 'Left') return finish(fail(io, loaded.left));
        anchor = loaded.right.anchor;
        source = loaded.right.source;
      }
      const checkpoint = await loadCheckpointOptions(io, options);
      if (checkpoint._tag === 'Left') return finish(refuseOrFail(io, checkpoint.left));
      finish(
        await withStore(io, options, async (store) => {
          if (anchor !== undefined) {
            const sameStore = await checkAnchorSource(
              store,
              source,
              Object.keys(anchor.heads),
              options.anchor ?? '',
            );
            if (sameStore._tag === 'Left') return fail(io, sameStore.left);
          }
          const progress = createProgress(io.stderr, 'verifying');
          const verified = await verifyStore(store, {
            onProgress: (p) => progress.update(p.eventsChecked, 0, eventsLabel(p)),
            ...(anchor === undefined ? {} : { anchor: anchor.heads }),
          });
          progress.finish();
          if (verified._tag === 'Left') return fail(io, verified.left);
          const report = verified.right;
          let compared = null;
          if (checkpoint.right !== null) {
            const comparison = await compareStoreWithCheckpoint(store, checkpoint.right, report.intact);
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
            io.stdout.write(renderReport(report, store.name, anchor, tableLayout(io, options)));
            if (compared !== null) io.stdout.write(renderCheckpointComparison(compared));
          }
          return report.intact && (compared === null || compared.consistent)
            ? ExitCode.ok
            : ExitCode.tampered;
        }),
      );
    });
