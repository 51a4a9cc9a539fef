import { Command } from 'commander';
import { consistencyProof, scanLog, verifyConsistency } from '@council-partnerships/domain';
import { CliIo, ExitCode } from '../io';
import { fail, StoreOptions, withStore, writeJson } from '../session';
import { loadCheckpoint, loadPublicKey, refuseOrFail } from './inputs';

interface VerifyCheckpointsOptions extends StoreOptions {
  readonly publicKey: string;
}

/**
 * Whether a later checkpoint extends an earlier one (the log only grew by appending). The consistency
 * proof is computed from the store and then verified, RFC 9162 2.1.4.2, against both signed roots:
 * the store supplies hashes, never the verdict, so a store that was changed cannot pass.
 */
export const verifyCheckpointsCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  new Command('verify-checkpoints')
    .description(
      'prove that a later checkpoint extends an earlier one: the log only grew by appending (the consistency proof comes from the store and is checked against both signed roots)',
    )
    .argument('<old>', 'the earlier checkpoint file')
    .argument('<new>', 'the later checkpoint file')
    .requiredOption('--public-key <file>', "the log's Ed25519 public key, PEM")
    .option('--store <connection>', 'event store connection string (default: $PARTNERSHIPS_STORE)')
    .option('--json', 'write JSON to stdout instead of a sentence')
    .addHelpText(
      'after',
      '\nExit codes: 0 consistent, 1 inconsistent or a checkpoint refused, 2 could not check.',
    )
    .action(async (oldFile: string, newFile: string, options: VerifyCheckpointsOptions) => {
      const key = await loadPublicKey(io, options.publicKey);
      if (key._tag === 'Left') return finish(fail(io, key.left));
      const older = await loadCheckpoint(io, oldFile, key.right);
      if (older._tag === 'Left') return finish(refuseOrFail(io, older.left));
      const newer = await loadCheckpoint(io, newFile, key.right);
      if (newer._tag === 'Left') return finish(refuseOrFail(io, newer.left));
      const [first, second] = [older.right, newer.right];
      if (first.origin !== second.origin) {
        return finish(
          fail(io, {
            code: 'InvalidInput',
            message: `the checkpoints are of different logs (${first.origin}, ${second.origin})`,
          }),
        );
      }
      if (first.size > second.size) {
        return finish(
          fail(io, {
            code: 'InvalidInput',
            message: `${oldFile} (${first.size} events) is larger than ${newFile} (${second.size}): give the earlier checkpoint first`,
          }),
        );
      }
      finish(
        await withStore(io, options, async (store) => {
          const scan = await scanLog(store, { upTo: second.size, keepLeaves: true });
          if (scan._tag === 'Left') return fail(io, scan.left);
          const leaves = scan.right.leaves!;
          const proof =
            scan.right.size < second.size ? [] : consistencyProof(leaves, first.size, second.size);
          const consistent =
            scan.right.size === second.size &&
            verifyConsistency(first.size, second.size, proof, first.rootHash, second.rootHash);
          const finding = consistent
            ? `Consistent: the ${first.size} events of ${oldFile} are the first ${first.size} of the ${second.size} of ${newFile}; the log only grew by appending.\n`
            : `INCONSISTENT: no consistency proof from the store links ${oldFile} (${first.size} events) to ${newFile} (${second.size}): the log was rewritten between them, or the store no longer holds what either checkpoint signed (run partnerships verify --checkpoint with each).\n`;
          if (options.json) {
            writeJson(io, {
              consistent,
              origin: first.origin,
              oldSize: first.size,
              newSize: second.size,
              proof: proof.map((p) => p.toString('base64')),
            });
          } else io.stdout.write(finding);
          return consistent ? ExitCode.ok : ExitCode.tampered;
        }),
      );
    });
