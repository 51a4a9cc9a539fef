import { ErrorType } from '@eventstore/db-client';
import { StoreUnavailable, storeUnavailable } from '@council-partnerships/domain';

/** The client's error type (`ErrorType`), read from whatever it threw. */
export const errorType = (error: unknown): unknown => (error as { type?: unknown }).type;

/** A failure of the server or the network as a value, with a hint when the server could not be reached. */
export const esdbUnavailable = (error: unknown): StoreUnavailable => {
  const type = errorType(error);
  const message =
    typeof (error as { message?: unknown }).message === 'string' ? (error as Error).message : String(error);
  // gRPC status 14 is UNAVAILABLE and 4 DEADLINE_EXCEEDED, for failures the client passes on unconverted.
  const grpcCode = (error as { code?: unknown }).code;
  const unreachable =
    type === ErrorType.UNAVAILABLE ||
    type === ErrorType.DEADLINE_EXCEEDED ||
    type === ErrorType.TIMEOUT ||
    grpcCode === 14 ||
    grpcCode === 4;
  return storeUnavailable(
    message,
    unreachable
      ? 'check that EventStoreDB is running and reachable with the connection string given'
      : 'EventStoreDB refused the request',
  );
};
