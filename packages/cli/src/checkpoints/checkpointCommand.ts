import { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { checkKeyName, scanLog, signCheckpoint } from '@council-partnerships/domain';
import { CliIo, ExitCode } from '../io';
import { verifyBeforeVouching } from '../read/verifiedHistory';
import { fail, StoreOptions, withStore } from '../session';
import { loadPrivateKey } from './inputs';

interface CheckpointOptions extends StoreOptions {
  readonly key: string;
  readonly origin: string;
  readonly leaves?: string;
}

/**
 * Signs the head of the log's Merkle tree. Like `export heads` it verifies every chain first: a
 * checkpoint vouches for everything before it, so a history already tampered with is not signed.
 */
export const checkpointCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  new Command('checkpoint')
    .description(
      'sign the Merkle tree head of the whole log (a C2SP checkpoint) and write it to stdout; keep it where the database writers cannot change it, and pass it to verify --checkpoint',
    )
    .option('--store <connection>', 'event store connection string (default: $PARTNERSHIPS_STORE)')
    .requiredOption('--key <file>', "the log's Ed25519 private key, PEM (openssl genpkey -algorithm ed25519)")
    .requiredOption(
      '--origin <name>',
      'who keeps the log, as a schema-less URL, e.g. council.example/partnerships',
    )
    .option(
      '--leaves <file>',
      'also write the leaf hashes (32 bytes each) to this file, so that verify can name the first changed place',
    )
    .action(async (options: CheckpointOptions) => {
      const origin = checkKeyName(options.origin, 'origin');
      if (origin._tag === 'Left') return finish(fail(io, origin.left));
      const key = await loadPrivateKey(io, options.key);
      if (key._tag === 'Left') return finish(fail(io, key.left));
      finish(
        await withStore(io, options, async (store) => {
          const verified = await verifyBeforeVouching(io, store, 'signing', (p) => [
            p.streamsDone,
            p.streamsTotal,
            p.streamId,
          ]);
          if (verified._tag === 'Left') return verified.left;
          const scan = await scanLog(store, { keepLeaves: options.leaves !== undefined });
          if (scan._tag === 'Left') return fail(io, scan.left);
          if (scan.right.unreadable !== null) return fail(io, scan.right.unreadable);
          const note = signCheckpoint(
            { origin: options.origin, size: scan.right.size, rootHash: scan.right.root },
            key.right,
          );
          if (note._tag === 'Left') return fail(io, note.left);
          if (options.leaves !== undefined && scan.right.leaves !== null) {
            try {
              await writeFile(options.leaves, scan.right.leaves.bytes());
            } catch (error) {
              return fail(io, {
                code: 'InvalidInput',
                message: `cannot write leaves file ${options.leaves}: ${(error as Error).message}`,
              });
            }
          }
          io.stdout.write(note.right);
          return ExitCode.ok;
        }),
      );
    });
