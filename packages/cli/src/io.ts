import { Either } from 'fp-ts/Either';
import { EventStore, LibraryError } from '@council-partnerships/domain';

/** Where output goes: a process stream, or a buffer in a test. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Everything the command line touches outside itself, injected so that tests drive it in process. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Opens a store from a connection string ('memory:', 'sqlite:<path>', 'postgres://...', 'esdb://...'). */
  readonly openStore: (
    connectionString: string,
  ) => Either<LibraryError, EventStore> | Promise<Either<LibraryError, EventStore>>;
  /** Environment variables; `PARTNERSHIPS_STORE` stands in for `--store`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly readFile?: (path: string) => Promise<string>;
  /** Writes a file the command produces (the HTML report). */
  readonly writeFile?: (path: string, text: string) => Promise<void>;
  /** System time, for stamping exported anchors. */
  readonly now?: () => Date;
}

/** Exit codes, the same for every command. */
export const ExitCode = {
  /** Done; for `verify`, the history is intact. */
  ok: 0,
  /** A finding: the history read was altered, or holds events of a type this release does not read. */
  tampered: 1,
  /** Could not do it: bad arguments or connection string, store unreachable, unknown partnership, corrupt row. */
  failed: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
