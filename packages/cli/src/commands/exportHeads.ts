import { Command } from 'commander';
import { anchorOf } from '@council-partnerships/domain';
import { CliIo, ExitCode } from '../io';
import { verifyBeforeVouching } from '../read/verifiedHistory';
import { fail, StoreOptions, withStore, withStoreOptions, writeJson } from '../session';
import { anchorSourceOfStore } from './anchorSource';
import { eventsLabel } from './verify';

/**
 * Writes the head of every stream as an anchor file. It verifies first and refuses to anchor a
 * history that is already tampered with: an anchor vouches for everything before it.
 */
export const exportHeadsCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  withStoreOptions(
    new Command('heads').description(
      'write the last version and hash of every stream (an anchor) to stdout, after verifying them; keep the file where the database writers cannot change it, and pass it to verify --anchor next time (it names the store it was taken from)',
    ),
  ).action(async (options: StoreOptions) =>
    finish(
      await withStore(io, options, async (store, connection) => {
        const verified = await verifyBeforeVouching(io, store, 'anchoring', (p) => [
          p.eventsChecked,
          0,
          eventsLabel(p),
        ]);
        if (verified._tag === 'Left') return verified.left;
        const source = await anchorSourceOfStore(store, connection);
        if (source._tag === 'Left') return fail(io, source.left);
        const takenAt = io.now?.().toISOString();
        writeJson(io, {
          ...anchorOf(verified.right.heads, { store: store.name, ...(takenAt ? { takenAt } : {}) }),
          source: source.right,
        });
        return ExitCode.ok;
      }),
    ),
  );
