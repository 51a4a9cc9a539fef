import { Either, left, right } from 'fp-ts/Either';
import { EventStore, VerificationReport, verifyStore, VerifyProgress } from '@council-partnerships/domain';
import { CliIo, ExitCode } from '../io';
import { reportError } from '../render/errors';
import { createProgress } from '../render/progress';
import { fail } from '../session';

/**
 * Verifies every chain of the store before a command vouches for its history (signs it, anchors it):
 * what is vouched for once cannot be taken back, so a tampered history is refused (exit 1). Left is
 * the exit code to stop with; `progressOf` says what a terminal shows while it verifies.
 */
export const verifyBeforeVouching = async (
  io: Pick<CliIo, 'stderr'>,
  store: EventStore,
  vouching: 'signing' | 'anchoring',
  progressOf: (p: VerifyProgress) => readonly [done: number, total: number, label: string],
): Promise<Either<ExitCode, VerificationReport>> => {
  const progress = createProgress(io.stderr, 'verifying');
  const verified = await verifyStore(store, { onProgress: (p) => progress.update(...progressOf(p)) });
  progress.finish();
  if (verified._tag === 'Left') return left(fail(io, verified.left));
  if (!verified.right.intact) {
    reportError(io.stderr, {
      code: 'Tampered',
      message: `not ${vouching} a history with ${verified.right.problems.length} integrity problem(s); run 'partnerships verify' to see them`,
    });
    return left(ExitCode.tampered);
  }
  return right(verified.right);
};
