/**
 * Where each command's events stand in a stream, for answering a retry with the first result. Shared
 * by every state remembered of one stream and only ever added to: where a command's events stand is a
 * fact of the stream, so one record serves all its versions (an entry beyond a state's version is not
 * yet seen from that state), and no command copies it. Commands folded in this process are known by
 * id (`exactCommandPlaces`); those read from a snapshot by fingerprint (see `decodeCommandPlaces`).
 */
export interface CommandPlaces {
  /** Where a command recorded by its id stands (one folded since the record began), if it was. */
  readonly get: (commandId: string) => CommandPlace | undefined;
  readonly set: (commandId: string, place: CommandPlace) => void;
  /**
   * Every place that may hold the command's events: its own, when recorded by id, and those whose
   * fingerprint it shares. Whoever answers a retry reads the events there and checks their command id.
   */
  readonly candidates: (commandId: string) => readonly CommandPlace[];
  /** Every command as a snapshot keeps it: its fingerprint and place, in no particular order. */
  readonly fingerprinted: () => Iterable<readonly [string, CommandPlace]>;
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
