import { Either, left, right } from 'fp-ts/Either';
import { EventStore, LibraryError } from '@council-partnerships/domain';
import { CliIo, ExitCode } from '../io';
import { createProgress } from '../render/progress';
import { fail } from '../session';
import { createReadCheck, ReadCheck, ReadCheckFlags } from './readCheck';
import { settleRead } from './settleFindings';

/**
 * One pass of a command over the whole log: a count of the events read on a terminal, then what the
 * read found settled before anything is shown from it (see `settleFindings`). Left is the exit code
 * to stop with: the read failed, or the history must not be presented as it is.
 */
export const readWholeLog = async <A>(
  io: Pick<CliIo, 'stderr'>,
  store: EventStore,
  flags: ReadCheckFlags,
  read: (
    onProgress: (eventsRead: number) => void,
    check: ReadCheck,
  ) => Promise<Either<Pick<LibraryError, 'code' | 'message'>, A>>,
): Promise<Either<ExitCode, A>> => {
  const progress = createProgress(io.stderr, 'reading the log');
  const check = createReadCheck();
  const done = await read((n) => progress.update(n, 0, 'events'), check);
  progress.finish();
  if (done._tag === 'Left') return left(fail(io, done.left));
  const settled = await settleRead(io, check, store, flags);
  return settled === null ? right(done.right) : left(settled);
};
