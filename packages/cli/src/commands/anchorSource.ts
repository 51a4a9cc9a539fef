import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { EventStore, LibraryError, ReadError } from '@council-partnerships/domain';

/**
 * Where an anchor was taken: the connection string it was read through (without any password) and the
 * id of the first event of that store's global log, which identifies the store whatever path or host
 * name reaches it. Written beside the heads by `export heads`; anchors without it are still accepted.
 */
export interface AnchorSource {
  readonly connection: string;
  readonly firstEventId: string | null;
}

const AnchorSourceCodec = t.type({
  connection: t.string,
  firstEventId: t.union([t.string, t.null]),
});

/** The `source` of an anchor file's JSON, if it has a well-formed one. */
export const anchorSourceOf = (json: unknown): AnchorSource | null => {
  if (typeof json !== 'object' || json === null || !Object.prototype.hasOwnProperty.call(json, 'source')) {
    return null;
  }
  const decoded = AnchorSourceCodec.decode((json as { source: unknown }).source);
  return decoded._tag === 'Right' ? decoded.right : null;
};

/** A connection string safe to write into a file: any password in it replaced. */
export const withoutPassword = (connection: string): string =>
  connection.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]+):[^@/]*@/i, '$1:***@');

const firstEventId = async (store: EventStore): Promise<Either<ReadError, string | null>> => {
  const page = await store.readAll({ after: null, limit: 1 });
  return page._tag === 'Left' ? page : right(page.right.events[0]?.eventId ?? null);
};

export const anchorSourceOfStore = async (
  store: EventStore,
  connection: string,
): Promise<Either<ReadError, AnchorSource>> => {
  const first = await firstEventId(store);
  return first._tag === 'Left'
    ? first
    : right({ connection: withoutPassword(connection), firstEventId: first.right });
};

export interface AnchorFromAnotherStore extends LibraryError {
  readonly code: 'AnchorFromAnotherStore';
}

/**
 * Refuses an anchor taken from another store: its first event is not this store's, and none of the
 * streams it anchors is here. (A store whose history was cut or rewritten still holds some of the
 * anchored streams, or its first event, and is verified against the anchor as tampering.)
 */
export const checkAnchorSource = async (
  store: EventStore,
  source: AnchorSource | null,
  anchoredStreams: readonly string[],
  anchorPath: string,
): Promise<Either<ReadError | AnchorFromAnotherStore, null>> => {
  if (source === null) return right(null);
  const first = await firstEventId(store);
  if (first._tag === 'Left') return first;
  if (first.right === source.firstEventId) return right(null);
  const listed = await store.listStreams();
  if (listed._tag === 'Left') return listed;
  const here = new Set(listed.right);
  if (anchoredStreams.length === 0 || anchoredStreams.some((s) => here.has(s))) return right(null);
  return left({
    code: 'AnchorFromAnotherStore',
    message: `${anchorPath} was taken from another store (${source.connection}, first event ${source.firstEventId ?? 'none'}): this store's first event is ${first.right ?? 'none'} and it holds none of the ${anchoredStreams.length} anchored stream(s); pass the anchor exported from this store`,
    path: ['anchor'],
  });
};
