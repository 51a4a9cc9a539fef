import { LibraryError } from '@council-partnerships/domain';
import { OutputStream } from '../io';

/** One line on stderr: the error code a script can match, and a message a person can act on. */
export const reportError = (stderr: OutputStream, error: Pick<LibraryError, 'code' | 'message'>): void => {
  stderr.write(`partnerships: ${error.code}: ${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
};
