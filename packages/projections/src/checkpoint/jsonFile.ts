import { promises as fs } from 'fs';
import * as path from 'path';
import { Either, left, right } from 'fp-ts/Either';
import { invalidInput, storeUnavailable } from '@council-partnerships/domain';
import { CheckpointError } from '../errors';
import { decodeSnapshotText } from './decodeSnapshot';
import { CheckpointStore } from './port';

export interface JsonFileCheckpointOptions {
  /** The directory holding one `<projection>.json` file per projection; created when first needed. */
  readonly directory: string;
}

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Snapshots as JSON files, one per projection. A save writes a temporary file and renames it over
 * the old one, so a crash mid-save leaves the previous snapshot whole rather than half a file.
 */
export const createJsonFileCheckpointStore = (options: JsonFileCheckpointOptions): CheckpointStore => {
  const fileOf = (projection: string): Either<CheckpointError, string> =>
    SAFE_NAME.test(projection)
      ? right(path.join(options.directory, `${projection}.json`))
      : left(
          invalidInput(
            `projection name ${JSON.stringify(projection)} cannot name a file: use letters, digits, '.', '_' and '-'`,
            ['projection'],
          ),
        );

  let saves = 0;

  return {
    name: `json-file:${options.directory}`,
    load: async (projection) => {
      const file = fileOf(projection);
      if (file._tag === 'Left') return file;
      let text: string;
      try {
        text = await fs.readFile(file.right, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return right(null);
        return left(storeUnavailable(error, `reading ${file.right}`));
      }
      return decodeSnapshotText(projection, text);
    },
    save: async (snapshot) => {
      const file = fileOf(snapshot.projection);
      if (file._tag === 'Left') return file;
      saves += 1;
      const temporary = `${file.right}.${process.pid}.${saves}.tmp`;
      try {
        await fs.mkdir(options.directory, { recursive: true });
        await fs.writeFile(temporary, JSON.stringify(snapshot), 'utf8');
        await fs.rename(temporary, file.right);
        return right(undefined);
      } catch (error) {
        await fs.rm(temporary, { force: true }).catch(() => undefined);
        return left(storeUnavailable(error, `writing ${file.right}`));
      }
    },
    remove: async (projection) => {
      const file = fileOf(projection);
      if (file._tag === 'Left') return file;
      try {
        await fs.rm(file.right, { force: true });
        return right(undefined);
      } catch (error) {
        return left(storeUnavailable(error, `removing ${file.right}`));
      }
    },
  };
};
