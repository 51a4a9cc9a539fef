import { Command } from 'commander';
import {
  checkKeyName,
  consistencyProof,
  cosignCheckpoint,
  scanLog,
  SignedCheckpoint,
  verifyConsistency,
} from '@council-partnerships/domain';
import { CliIo, ExitCode } from '../io';
import { reportError } from '../render/errors';
import { fail, StoreOptions, withStore } from '../session';
import { loadCheckpoint, loadPrivateKey, loadPublicKey, refuseOrFail } from './inputs';

interface WitnessOptions extends StoreOptions {
  readonly checkpoint: string;
  readonly key: string;
  readonly name: string;
  readonly publicKey: string;
  readonly previous?: string;
}

/**
 * A witness (internal or external audit) cosigns a checkpoint only after checking, itself, that the
 * store's log gives the checkpoint's root and, when it cosigned an earlier checkpoint, that the new
 * one extends it. Its signed copy then shows the log did not fork or rewrite between the two.
 */
export const witnessCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  new Command('witness')
    .description(
      'cosign a checkpoint as a witness (c2sp.org/tlog-cosignature) after checking it against the store and, with --previous, that it extends the checkpoint last witnessed; writes the cosigned checkpoint to stdout',
    )
    .requiredOption('--checkpoint <file>', 'the checkpoint to cosign')
    .requiredOption('--key <file>', "the witness's Ed25519 private key, PEM")
    .requiredOption('--name <name>', "the witness's key name, a schema-less URL, e.g. audit.example/witness")
    .requiredOption('--public-key <file>', "the log's Ed25519 public key, PEM")
    .option('--previous <file>', 'the checkpoint this witness cosigned last: the new one must extend it')
    .option('--store <connection>', 'event store connection string (default: $PARTNERSHIPS_STORE)')
    .addHelpText('after', '\nExit codes: 0 cosigned, 1 not consistent (nothing signed), 2 could not check.')
    .action(async (options: WitnessOptions) => {
      const name = checkKeyName(options.name, 'witness name');
      if (name._tag === 'Left') return finish(fail(io, name.left));
      const witnessKey = await loadPrivateKey(io, options.key);
      if (witnessKey._tag === 'Left') return finish(fail(io, witnessKey.left));
      const logKey = await loadPublicKey(io, options.publicKey);
      if (logKey._tag === 'Left') return finish(fail(io, logKey.left));
      const checkpoint = await loadCheckpoint(io, options.checkpoint, logKey.right);
      if (checkpoint._tag === 'Left') return finish(refuseOrFail(io, checkpoint.left));
      let previous: SignedCheckpoint | null = null;
      if (options.previous !== undefined) {
        const loaded = await loadCheckpoint(io, options.previous, logKey.right);
        if (loaded._tag === 'Left') return finish(refuseOrFail(io, loaded.left));
        previous = loaded.right;
      }
      const head = checkpoint.right;
      if (previous !== null && (previous.origin !== head.origin || previous.size > head.size)) {
        reportError(io.stderr, {
          code: 'Inconsistent',
          message: `not cosigning: ${options.checkpoint} (${head.origin}, ${head.size} events) does not follow ${options.previous} (${previous.origin}, ${previous.size} events)`,
        });
        return finish(ExitCode.tampered);
      }
      finish(
        await withStore(io, options, async (store) => {
          const scan = await scanLog(store, { upTo: head.size, keepLeaves: previous !== null });
          if (scan._tag === 'Left') return fail(io, scan.left);
          const matches = scan.right.size === head.size && scan.right.root.equals(head.rootHash);
          const extends_ =
            previous === null ||
            verifyConsistency(
              previous.size,
              head.size,
              consistencyProof(scan.right.leaves!, previous.size, head.size),
              previous.rootHash,
              head.rootHash,
            );
          if (!matches || !extends_) {
            reportError(io.stderr, {
              code: 'Inconsistent',
              message: !matches
                ? `not cosigning: the store's first ${head.size} events do not give the root of ${options.checkpoint}`
                : `not cosigning: ${options.checkpoint} does not extend ${options.previous}; the log was rewritten between them`,
            });
            return ExitCode.tampered;
          }
          const seconds = Math.floor((io.now?.() ?? new Date()).getTime() / 1000);
          const cosigned = cosignCheckpoint(head, options.name, witnessKey.right, seconds);
          if (cosigned._tag === 'Left') return fail(io, cosigned.left);
          io.stdout.write(cosigned.right);
          return ExitCode.ok;
        }),
      );
    });
