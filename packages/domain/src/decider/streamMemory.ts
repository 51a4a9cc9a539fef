/**
 * Command id -> the versions its events occupy, for answering a retry with the first result. Shared by
 * every state remembered of one stream and only ever added to: where a command's events stand is a
 * fact of the stream, so one map serves all its versions (an entry beyond a state's version is not yet
 * seen from that state), and no command copies it. A Map is one; a snapshot's is another (see
 * `decodeCommandPlaces`).
 */
export interface CommandPlaces extends Iterable<[string, CommandPlace]> {
  get(commandId: string): CommandPlace | undefined;
  set(commandId: string, place: CommandPlace): void;
}

/** The first and last versions of a command's events; `to` grows while its events are folded. */
export interface CommandPlace {
  from: number;
  to: number;
}

/** What the handler remembers of a stream between commands, so it reads only what is new. */
export interface StreamMemory<S> {
  readonly state: S;
  readonly version: number;
  readonly commands: CommandPlaces;
  /** The version of the last snapshot taken or read of this state (0: none). */
  readonly snapshotAt: number;
}
