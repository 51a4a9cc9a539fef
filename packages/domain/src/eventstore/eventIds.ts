import { randomBytes } from 'node:crypto';

/**
 * Time-ordered event ids in the UUIDv7 layout (RFC 9562): 48 bits of the clock's milliseconds, then
 * random bits. Ids made later sort later, so a store's primary key grows at its end. The clock is
 * injected so that a simulation or a test writes ids that follow its own time.
 */
export const uuidV7From =
  (clock: () => Date = () => new Date()) =>
  (): string => {
    const random = randomBytes(10);
    const ms = clock().getTime();
    const time = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0').slice(-12);
    const hex = random.toString('hex');
    const variant = ((random[2]! & 0x3f) | 0x80).toString(16).padStart(2, '0');
    return (
      `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex.slice(0, 3)}-` +
      `${variant}${hex.slice(6, 8)}-${hex.slice(8, 20)}`
    );
  };
