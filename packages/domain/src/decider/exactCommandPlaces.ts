import { fingerprintOf } from './commandFingerprint';
import { CommandPlace, CommandPlaces } from './streamMemory';

/** A record of commands known by their ids: those a handler folded itself, since it began or since a snapshot. */
export const exactCommandPlaces = (): CommandPlaces => {
  const places = new Map<string, CommandPlace>();
  return {
    get: (id) => places.get(id),
    set: (id, place) => void places.set(id, place),
    candidates: (id) => {
      const place = places.get(id);
      return place === undefined ? [] : [place];
    },
    *fingerprinted() {
      for (const [id, place] of places) yield [fingerprintOf(id), place] as const;
    },
  };
};
