import { PartnershipEvent } from '@council-partnerships/domain';
import { Projected } from './projection';

/** A partnership event as the read models receive it: decoded, with its envelope. */
export type PartnershipProjected = Projected<PartnershipEvent>;

/** Replaces one entry of a record without touching the others (reducers stay pure and cheap). */
export const withEntry = <V>(
  record: Readonly<Record<string, V>>,
  key: string,
  value: NoInfer<V>,
): Record<string, V> => ({
  ...record,
  [key]: value,
});
