import * as t from 'io-ts';
import { literals } from '../shared/literals';
import { refinedCodec } from '../shared/refinedCodec';

/** Shared value codecs of the partnership domain: ids, money, dates and the vocabularies of the field. */

/** Printable ASCII other than the space: never trimmed, so an id starting and ending so needs no trim. */
const isVisibleAscii = (code: number): boolean => code > 32 && code < 127;

export const IdCodec = refinedCodec(
  'Id (a non-empty string without surrounding spaces)',
  (u): u is string =>
    typeof u === 'string' &&
    u.length > 0 &&
    // Every id of every event is checked on every read: the trim only when an end could be a space.
    ((isVisibleAscii(u.charCodeAt(0)) && isVisibleAscii(u.charCodeAt(u.length - 1))) || u.trim() === u),
);

export const TextCodec = refinedCodec(
  'Text (a non-empty string)',
  (u): u is string => typeof u === 'string' && u.trim().length > 0,
);

const isCount = (u: unknown): u is number => typeof u === 'number' && Number.isSafeInteger(u) && u >= 0;
/** A whole number, zero or more (attendees, months, rounds). */
export const CountCodec = refinedCodec('Count (a whole number, zero or more)', isCount);

const isPositiveCount = (u: unknown): u is number => isCount(u) && u > 0;
export const PositiveCountCodec = refinedCodec(
  'PositiveCount (a whole number, one or more)',
  isPositiveCount,
);

/** A measured or target value of a KPI: a whole number in the KPI's own unit (scale percentages to basis points). */
const isMeasure = (u: unknown): u is number => typeof u === 'number' && Number.isSafeInteger(u);
export const MeasureCodec = refinedCodec('Measure (a whole number in the KPI unit)', isMeasure);

const isTimeOfDay = (u: unknown): u is string => typeof u === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(u);
/** A local (London) time of day, 'HH:MM' on the 24-hour clock. */
export const TimeOfDayCodec = refinedCodec('TimeOfDay (HH:MM, 24-hour clock)', isTimeOfDay);

export const REGIMES = ['PCR2015', 'PA2023', 'below-threshold', 'PCR2006'] as const;
/**
 * The law a procurement runs under: `PCR2006` (the Public Contracts Regulations 2006 as amended by
 * the 2009 remedies rules, procurements begun before 26 February 2015), `PCR2015`, `PA2023`
 * (begun on or after 24 February 2025), or `below-threshold`: a contract let under the council's own
 * contract procedure rules because its value is under the regulated thresholds (no statutory standstill).
 */
export const RegimeCodec = literals(REGIMES, 'Regime');
export type Regime = t.TypeOf<typeof RegimeCodec>;

/** The procedures PCR 2015 offers (regs 27 to 31, and the light-touch regime of regs 74 to 76). */
export const PCR2015_PROCEDURES = [
  'open',
  'restricted',
  'competitive-dialogue',
  'competitive-procedure-with-negotiation',
  'innovation-partnership',
  'light-touch',
] as const;
export const PROCEDURES = [
  ...PCR2015_PROCEDURES,
  'competitive-flexible',
  'direct-award',
  'quotation',
  'negotiated',
] as const;
export const ProcedureCodec = literals(PROCEDURES, 'Procedure');
export type Procedure = t.TypeOf<typeof ProcedureCodec>;

/** Who buys, for the thresholds: central government or a sub-central authority such as a council. */
export const AuthorityCodec = t.keyof({ central: null, 'sub-central': null }, 'Authority');
export type Authority = t.TypeOf<typeof AuthorityCodec>;

/** What is bought: works have their own threshold and a 15% modification line (PA 2023 s.74(4), s.75(2)). */
export const ContractKindCodec = t.keyof({ supplies: null, services: null, works: null }, 'ContractKind');
export type ContractKind = t.TypeOf<typeof ContractKindCodec>;

export const DELIVERY_MODELS = ['partner', 'co-delivery-with-council', 'third-party'] as const;
export const DeliveryModelCodec = literals(DELIVERY_MODELS, 'DeliveryModel');
export type DeliveryModel = t.TypeOf<typeof DeliveryModelCodec>;

/** PA 2023 (reg 39) performance ratings. */
export const RATINGS = ['good', 'approaching-target', 'requires-improvement', 'inadequate', 'other'] as const;
export const RatingCodec = literals(RATINGS, 'Rating');
export type Rating = t.TypeOf<typeof RatingCodec>;

export const RAGS = ['green', 'amber', 'red'] as const;
export const RagCodec = literals(RAGS, 'Rag');
export type Rag = t.TypeOf<typeof RagCodec>;

export const REVIEW_DECISIONS = ['continue', 'improvement-plan', 'terminate'] as const;
export const ReviewDecisionCodec = literals(REVIEW_DECISIONS, 'ReviewDecision');
export type ReviewDecision = t.TypeOf<typeof ReviewDecisionCodec>;

export const DirectionCodec = literals(['higher-is-better', 'lower-is-better'], 'Direction');
export type Direction = t.TypeOf<typeof DirectionCodec>;

export const EngagementFormatCodec = literals(['virtual', 'in-person', 'hybrid'], 'EngagementFormat');
export type EngagementFormat = t.TypeOf<typeof EngagementFormatCodec>;

export const InterestKindCodec = literals(
  ['nomination', 'expression-of-interest', 'written-submission', 'meeting'],
  'InterestKind',
);

export const CommissionerKindCodec = literals(
  ['council', 'clinical-commissioning-group', 'integrated-care-board', 'other'],
  'CommissionerKind',
);

export const FundingKindCodec = literals(['core-budget', 'pooled-budget', 'grant', 'other'], 'FundingKind');

export const CommissioningStageCodec = literals(
  ['assess', 'design', 'deliver', 'review'],
  'CommissioningStage',
);

/** Who took a governance decision, in the council's scheme of delegation. */
export const DecisionMakerCodec = literals(
  [
    'full-council',
    'executive',
    'cabinet-member',
    'committee',
    'partnership-board',
    'chief-officer',
    'officer',
  ],
  'DecisionMaker',
);
export type DecisionMaker = t.TypeOf<typeof DecisionMakerCodec>;

/** What a governance decision authorises; the rules look for the subject they need. */
export const DecisionSubjectCodec = literals(
  [
    'commissioning-strategy',
    'procurement-approach',
    'launch-procurement',
    'award',
    'extension',
    'modification',
    'expansion',
    'termination',
    'other',
  ],
  'DecisionSubject',
);
export type DecisionSubject = t.TypeOf<typeof DecisionSubjectCodec>;

export const DecisionOutcomeCodec = literals(['approved', 'rejected', 'deferred'], 'DecisionOutcome');

export const AgreementKindCodec = literals(
  ['partnership-agreement', 'collaboration-agreement'],
  'AgreementKind',
);

export const ContractPartyCodec = literals(['council', 'partner'], 'ContractParty');
export type ContractParty = t.TypeOf<typeof ContractPartyCodec>;

export const TerminationGroundCodec = literals(
  ['annual-termination-clause', 'performance'],
  'TerminationGround',
);
export type TerminationGround = t.TypeOf<typeof TerminationGroundCodec>;

export const ModificationKindCodec = literals(
  ['term', 'value', 'term-and-value', 'scope'],
  'ModificationKind',
);

export const ReportingFrequencyCodec = literals(
  ['monthly', 'quarterly', 'six-monthly', 'annual'],
  'ReportingFrequency',
);
export type ReportingFrequency = t.TypeOf<typeof ReportingFrequencyCodec>;

/** Who recorded something that a different person must check: kept in the event for segregation of duties. */
export const RecordedByCodec = t.intersection([
  t.type({ id: IdCodec, role: t.string }),
  t.partial({ organisation: t.string, name: t.string }),
]);
export type RecordedBy = t.TypeOf<typeof RecordedByCodec>;

export const nullable = <C extends t.Mixed>(codec: C) => t.union([codec, t.null]);
