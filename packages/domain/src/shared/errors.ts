/**
 * Every refusal in the library is a value: a stable `code` a program can switch on, a `message` a
 * person can act on, and the `path` of what was wrong (field names, or stream and version).
 */
export interface LibraryError {
  readonly code: string;
  readonly message: string;
  readonly path: readonly string[];
}

export interface InvalidInput extends LibraryError {
  readonly code: 'InvalidInput';
}

export const invalidInput = (message: string, path: readonly string[] = []): InvalidInput => ({
  code: 'InvalidInput',
  message,
  path,
});

/** Renders an error for a log line or a terminal: `Code at a.b.c: message`. */
export const describeError = (error: LibraryError): string =>
  `${error.code}${error.path.length > 0 ? ` at ${error.path.join('.')}` : ''}: ${error.message}`;
