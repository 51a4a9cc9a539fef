import { CommissionerKindCodec } from '../codecs';
import * as t from 'io-ts';

export interface CommissionerState {
  readonly name: string;
  readonly kind: t.TypeOf<typeof CommissionerKindCodec> | 'lead';
  readonly lead: boolean;
}
