import { fingerprintOf } from '../commandFingerprint';

/**
 * Two command ids with one fingerprint, found by trying `<prefix>-0`, `<prefix>-1`, … in turn (thirty
 * bits: a few tens of thousands of ids), for specs of what a shared fingerprint must not confuse.
 */
export const collidingIds = (prefix: string): [string, string] => {
  const seen = new Map<string, string>();
  for (let i = 0; ; i++) {
    const id = `${prefix}-${i}`;
    const print = fingerprintOf(id);
    const earlier = seen.get(print);
    if (earlier !== undefined) return [earlier, id];
    seen.set(print, id);
  }
};
