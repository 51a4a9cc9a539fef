import * as t from 'io-ts';
import { IdCodec } from '../codecs';

const partnership = { partnershipId: IdCodec };

/** Command data: the partnership it addresses, the fields it needs, and the ones it may leave out. */
export function commandData<R extends t.Props>(required: R): t.TypeC<typeof partnership & R>;
export function commandData<R extends t.Props, O extends t.Props>(
  required: R,
  optional: O,
): t.IntersectionC<[t.TypeC<typeof partnership & R>, t.PartialC<O>]>;
export function commandData(required: t.Props, optional?: t.Props): t.Mixed {
  const base = t.type({ ...partnership, ...required });
  return optional === undefined ? base : t.intersection([base, t.partial(optional)]);
}
