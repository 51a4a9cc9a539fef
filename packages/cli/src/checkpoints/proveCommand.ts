import { Command } from 'commander';
import { proveInclusion, readUnverifiedCheckpoint } from '@council-partnerships/domain';
import { CliIo, ExitCode } from '../io';
import { fail, StoreOptions, withStore, writeJson } from '../session';
import { loadCheckpoint, loadPublicKey, readText, refuseOrFail } from './inputs';

interface ProveOptions extends StoreOptions {
  readonly event: string;
  readonly checkpoint: string;
  readonly publicKey?: string;
}

/**
 * Writes a self-contained inclusion proof (JSON) for one event. The log's signature on the checkpoint
 * is checked when --public-key is given; the proof is checked against the checkpoint's root either way.
 */
export const proveCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  new Command('prove')
    .description(
      'write to stdout a self-contained proof that one event is in the log a checkpoint signed; anyone can check it with verify-proof and the public key, no store needed',
    )
    .option('--store <connection>', 'event store connection string (default: $PARTNERSHIPS_STORE)')
    .requiredOption('--event <id>', 'the event id')
    .requiredOption('--checkpoint <file>', 'a checkpoint written by partnerships checkpoint')
    .option('--public-key <file>', "the log's public key, PEM: check the checkpoint's signature first")
    .action(async (options: ProveOptions) => {
      let checkpoint;
      if (options.publicKey !== undefined) {
        const key = await loadPublicKey(io, options.publicKey);
        if (key._tag === 'Left') return finish(fail(io, key.left));
        checkpoint = await loadCheckpoint(io, options.checkpoint, key.right);
      } else {
        const text = await readText(io, options.checkpoint, 'checkpoint');
        if (text._tag === 'Left') return finish(fail(io, text.left));
        checkpoint = readUnverifiedCheckpoint(text.right);
      }
      if (checkpoint._tag === 'Left') {
        return finish(refuseOrFail(io, checkpoint.left));
      }
      const signed = checkpoint.right;
      finish(
        await withStore(io, options, async (store) => {
          const proof = await proveInclusion(store, signed, options.event);
          if (proof._tag === 'Left') {
            return refuseOrFail(io, proof.left);
          }
          writeJson(io, proof.right);
          return ExitCode.ok;
        }),
      );
    });
