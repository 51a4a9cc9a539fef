import * as t from 'io-ts';
import { defineEvent, olderVersion } from '../../events/defineEvent';
import { partnershipData } from '../events/shape';
import {
  ModificationClassificationCodec,
  ModificationClassificationV1Codec,
  upcastClassification,
} from './classification';

/**
 * An event that records a change classified under the law (a contract modified, a module expansion
 * approved). Version 2 records the regime, the deciding provision, the ground and the measures in the
 * classification; a version 1 event reads with the provision it named, the ground `groundOf` finds in
 * it (if any) and no measures. `optional` fields were added to version 2 later: an event stored
 * without them reads and writes exactly as stored.
 */
export const classifiedChangeEvent = <Type extends string, P extends t.Props, O extends t.Props>(
  type: Type,
  props: P,
  optional: O,
  groundOf: (v1: t.TypeOf<t.TypeC<P>>) => unknown = () => null,
) =>
  defineEvent(
    type,
    t.intersection([
      partnershipData({ ...props, classification: ModificationClassificationCodec }),
      t.partial(optional),
    ]),
    {
      schemaVersion: 2,
      olderVersions: {
        1: olderVersion(
          partnershipData({ ...props, classification: ModificationClassificationV1Codec }),
          (v1) => ({ ...v1, classification: upcastClassification(v1.classification, groundOf(v1)) }),
        ),
      },
    },
  );
