import * as t from 'io-ts';
import { NonNegativePenceCodec, PenceCodec } from '../../money';
import { MeasureCodec, nullable, Regime, RegimeCodec, TextCodec } from '../codecs';
import { ModificationGroundCodec } from '../rules/modificationGrounds';

export const ModificationCategoryCodec = t.keyof(
  {
    'light-touch': null,
    'below-threshold-modification': null,
    'not-substantial': null,
    'provided-for-in-contract': null,
    'substantial-permitted-ground': null,
    'outside-regulated-regime': null,
  },
  'ModificationCategory',
);
export type ModificationCategory = t.TypeOf<typeof ModificationCategoryCodec>;

/** Version 1 of the classification: the deciding provision was in `law`, the measures were not kept. */
export const ModificationClassificationV1Codec = t.type(
  {
    law: TextCodec,
    category: ModificationCategoryCodec,
    substantial: t.boolean,
    changeNoticeRequired: t.boolean,
    termChangeBps: MeasureCodec,
    valueChangeBps: MeasureCodec,
    explanation: TextCodec,
  },
  'ModificationClassificationV1',
);
type ModificationClassificationV1 = t.TypeOf<typeof ModificationClassificationV1Codec>;

/**
 * What a change was measured against, so that an auditor can redo the sums: the value on award, the
 * net earlier changes aggregated with it (PA 2023 s.74(6); PCR 2015 reg 72(5) "net cumulative
 * value"), the threshold in force on the day (null when the table has none) and the percentage line
 * that applied (10% for goods and services, 15% for works), in basis points.
 */
export const ModificationMeasuresCodec = t.type(
  {
    originalValuePence: NonNegativePenceCodec,
    earlierChangesPence: PenceCodec,
    aggregateChangePence: PenceCodec,
    thresholdPence: nullable(NonNegativePenceCodec),
    lineBps: MeasureCodec,
  },
  'ModificationMeasures',
);

/**
 * How a change was classified under the law the contract was let under (`regime`): the provision
 * that decided it (PA 2023 s.74 or Schedule 8, PCR 2015 reg 72, PCR 2006 case law), the ground from
 * the closed list relied on, the term change as basis points of the maximum term, the value change
 * as basis points of the original value, whether it is substantial and whether a contract change
 * notice must be published, with the measures it was judged on.
 */
export const ModificationClassificationCodec = t.type(
  {
    regime: RegimeCodec,
    provision: TextCodec,
    category: ModificationCategoryCodec,
    ground: nullable(ModificationGroundCodec),
    substantial: t.boolean,
    changeNoticeRequired: t.boolean,
    termChangeBps: MeasureCodec,
    valueChangeBps: MeasureCodec,
    measures: nullable(ModificationMeasuresCodec),
    explanation: TextCodec,
  },
  'ModificationClassification',
);
export type ModificationClassification = t.TypeOf<typeof ModificationClassificationCodec>;

/** The regime a version 1 classification was made under, read from the provision it named. */
const regimeOfProvision = (law: string): Regime =>
  law.startsWith('PA 2023')
    ? 'PA2023'
    : law.startsWith('PCR 2015')
      ? 'PCR2015'
      : law.startsWith('PCR 2006')
        ? 'PCR2006'
        : 'below-threshold';

/** A version 1 classification read as version 2: its provision kept, its measures not recorded. */
export const upcastClassification = (
  v1: ModificationClassificationV1,
  ground: unknown,
): ModificationClassification => ({
  regime: regimeOfProvision(v1.law),
  provision: v1.law,
  category: v1.category,
  ground: ModificationGroundCodec.is(ground) ? ground : null,
  substantial: v1.substantial,
  changeNoticeRequired: v1.changeNoticeRequired,
  termChangeBps: v1.termChangeBps,
  valueChangeBps: v1.valueChangeBps,
  measures: null,
  explanation: v1.explanation,
});
