import { LibraryError } from '@council-partnerships/domain';
import { OutputStream } from '../io';

/**
 * Control characters as JSON writes them (`\u0000`): a message may quote what it was given or what a
 * row holds, and a NUL or an escape sequence must not reach a terminal or a log file as itself.
 */
export const escapeControls = (text: string): string =>
  text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f\u007f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** One line on stderr: the error code a script can match, and a message a person can act on. */
export const reportError = (stderr: OutputStream, error: Pick<LibraryError, 'code' | 'message'>): void => {
  stderr.write(`partnerships: ${error.code}: ${escapeControls(error.message.replace(/\s*\n\s*/g, ' '))}\n`);
};
