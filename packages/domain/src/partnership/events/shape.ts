import * as t from 'io-ts';
import { IdCodec } from '../codecs';

/** Every partnership event names its partnership, so a reader of the global log needs no stream id. */
export const partnershipData = <P extends t.Props>(props: P, name?: string) =>
  t.type({ partnershipId: IdCodec, ...props }, name);
