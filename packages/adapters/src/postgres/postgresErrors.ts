import { inspect } from 'node:util';
import { InvalidInput, invalidInput, StoreUnavailable, storeUnavailable } from '@council-partnerships/domain';

const connectionHint = 'check that PostgreSQL is running and reachable with the connection string given';

const messageOf = (error: unknown): string =>
  typeof (error as { message?: unknown }).message === 'string'
    ? (error as { message: string }).message
    : String(error);

/** What was thrown, as an Error: the driver throws Errors, anything else is described. */
export const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(inspect(error));

/** Whether a driver error means the server could not be reached or went away (not that it refused a statement). */
const isConnectionFailure = (error: unknown): boolean => {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (/^E[A-Z]+$/.test(code) || code.startsWith('08') || code === '57P01'))
    return true;
  return /timeout|terminated|Connection terminated/i.test(messageOf(error));
};

/**
 * SQLSTATEs that mean another transaction got in the way, not that the store is down: a retry on a
 * fresh read can succeed. 40001 serialization failure, 40P01 deadlock, 55P03 lock not available,
 * 23505 unique violation (two appends racing for the same stream version), 57014 a statement
 * cancelled by lock_timeout or statement_timeout while waiting for a lock.
 */
const CONTENTION_CODES = new Set(['40001', '40P01', '55P03', '23505', '57014']);

/** 23505: a row's version or event id is already stored (another writer got there first, or a retry). */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: unknown }).code === '23505';

export const isContention = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONTENTION_CODES.has(code);
};

/** A driver failure as a value: text PostgreSQL cannot hold is bad input; anything else is the store failing. */
export const postgresFailure = (error: unknown, doing: string): InvalidInput | StoreUnavailable => {
  const code = (error as { code?: unknown }).code;
  if (code === '22P05' || code === '22021') {
    return invalidInput(`PostgreSQL cannot store this text: ${messageOf(error)}`, ['events']);
  }
  return storeUnavailable(
    messageOf(error),
    isConnectionFailure(error) ? `${doing}; ${connectionHint}` : `${doing}: PostgreSQL refused the statement`,
  );
};

export const postgresUnavailable = (error: unknown, doing: string): StoreUnavailable => {
  const failure = postgresFailure(error, doing);
  return failure.code === 'StoreUnavailable' ? failure : storeUnavailable(failure.message, doing);
};
