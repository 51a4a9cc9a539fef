import { EventStore, IntegrityProblem } from '@council-partnerships/domain';
import { CliIo, ExitCode } from '../io';
import { fail } from '../session';
import { ReadCheck, ReadCheckFlags, ReadFindings, UnknownType } from './readCheck';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const problemLine = (p: IntegrityProblem): string =>
  `partnerships: ${p.kind}: stream ${p.streamId}, version ${p.streamVersion ?? '-'}, event ${p.eventId ?? '(gone)'}: ${p.message}\n`;

const unknownText = (types: readonly UnknownType[]): string => {
  const total = types.reduce((sum, t) => sum + t.count, 0);
  const each = types
    .map(
      (t) =>
        `${t.type} (${t.count}; first in stream ${t.first.streamId} at version ${t.first.streamVersion}, event ${t.first.eventId})`,
    )
    .join(', ');
  return `${plural(total, 'event')} of types this release does not read: ${each}`;
};

/**
 * Says on stderr what a read found wrong with the history, before anything is presented from it, and
 * decides whether the command may go on: a history whose chains do not verify, or that holds events
 * no read model reads, is never presented as good unless the auditor asked to go on
 * (`--allow-tampered`, `--skip-unknown`), and then with a warning. Returns the exit code to stop with,
 * or null to go on.
 */
export const settleFindings = (
  io: Pick<CliIo, 'stderr'>,
  findings: ReadFindings,
  flags: ReadCheckFlags,
): ExitCode | null => {
  let stop = false;
  const { problems, unknownTypes } = findings;
  if (problems.length > 0) {
    const streams = new Set(problems.map((p) => p.streamId)).size;
    const scope = `${plural(problems.length, 'problem')} in ${plural(streams, 'stream')}`;
    if (flags.allowTampered === true) {
      io.stderr.write(
        `partnerships: warning: the history read does not verify (${scope}); going on because --allow-tampered was given\n`,
      );
    } else {
      stop = true;
      io.stderr.write(
        `partnerships: Tampered: the history read does not verify (${scope}), so nothing is shown from it; run 'partnerships verify' for the whole store, or pass --allow-tampered to go on\n`,
      );
    }
    problems.forEach((p) => io.stderr.write(problemLine(p)));
  }
  if (unknownTypes.length > 0) {
    if (flags.skipUnknown === true) {
      io.stderr.write(`partnerships: warning: left out ${unknownText(unknownTypes)} (--skip-unknown)\n`);
    } else {
      stop = true;
      io.stderr.write(
        `partnerships: UnknownEventType: the history holds ${unknownText(unknownTypes)}; a release that reads them is needed, or pass --skip-unknown to leave them out\n`,
      );
    }
  }
  return stop ? ExitCode.tampered : null;
};

/** The findings of a finished read, settled (see `settleFindings`); a store that fails meanwhile is exit 2. */
export const settleRead = async (
  io: Pick<CliIo, 'stderr'>,
  check: ReadCheck,
  store: EventStore,
  flags: ReadCheckFlags,
): Promise<ExitCode | null> => {
  const found = await check.findings(store);
  if (found._tag === 'Left') return fail(io, found.left);
  return settleFindings(io, found.right, flags);
};
