import * as adapters from '@council-partnerships/adapters';
import { invalidInput } from '@council-partnerships/domain';
import { left } from 'fp-ts/Either';
import { CliIo } from './io';

type Opener = CliIo['openStore'];

/** The adapters' connection-string opener. */
const openEventStore: Opener = (connection) => {
  const opener = (adapters as unknown as { openEventStore?: Opener }).openEventStore;
  return opener === undefined
    ? left(invalidInput('this build has no connection-string opener for event stores', ['store']))
    : opener(connection);
};

/** The real process: its streams, its environment, the adapters. */
export const processIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  openStore: openEventStore,
  env: process.env,
  now: () => new Date(),
});
