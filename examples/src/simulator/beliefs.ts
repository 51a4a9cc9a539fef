import { PartnershipCommandType } from '@council-partnerships/domain';
import { castFor, DataOf } from '@council-partnerships/seeds';
import { Refusal } from '../support/run';
import { Prng } from './prng';
import { SimulationShape } from './shape';

/** What the simulator believes about one open-book claim. */
export interface ClaimBelief {
  readonly contractId: string;
  readonly claimId: string;
  readonly claimedPence: number;
  readonly verifiedPence: number;
  readonly marginPence: number;
  readonly payablePence: number;
}

/** What the simulator believes about one contract when it has finished. */
export interface ContractBelief {
  readonly contractId: string;
  readonly tier: 1 | 2;
  readonly annualValuePence: number;
  readonly initialTermMonths: number;
  readonly initialTermValuePence: number;
  readonly extensionsGranted: number;
  extensionsExercised: number;
  endsOn: string;
  ended: 'expired' | 'terminated' | null;
  readonly kpisRequired: boolean;
  readonly kpiIds: readonly string[];
  returns: number;
  reviews: number;
}

export interface SimulationReport {
  readonly partnershipId: string;
  readonly seed: number;
  readonly shape: SimulationShape;
  commandsSent: number;
  commandsRecorded: number;
  eventsRecorded: number;
  readonly expectedRefusals: Refusal[];
  readonly unexpected: Refusal[];
  readonly claims: ClaimBelief[];
  readonly contracts: Record<string, ContractBelief>;
  expansionsApproved: number;
  terminations: number;
  readonly marginBasisPoints: number;
}

export type Cast = ReturnType<typeof castFor>;
type Actor = Cast[keyof Cast];

/** Sends one command on a business date; a refusal not expected stops the run. */
export type Send = <T extends PartnershipCommandType>(
  type: T,
  actor: Actor,
  date: string,
  data: DataOf<T>,
  expectRefusal?: string,
) => Promise<void>;

/** The independent random streams: money, performance and probes draw apart, so one can change alone. */
export interface Streams {
  readonly money: Prng;
  readonly performance: Prng;
  readonly probes: Prng;
}

/** A module as the simulator follows it month by month. */
export interface LiveModule {
  readonly belief: ContractBelief;
  readonly startsOn: string;
  readonly targets: Record<string, number>;
  /** RAG of each monthly return since the last review (the simulator's own reading of its numbers). */
  since: ('good' | 'poor')[];
  lastRating: string | null;
  embedded: boolean;
  noticeEffectiveOn: string | null;
  readonly expansion: boolean;
}

/** What every stage of a run reads: the shape, who acts, how to send, and what it has recorded. */
export interface Run {
  readonly shape: SimulationShape;
  readonly pid: string;
  readonly cast: Cast;
  readonly send: Send;
  readonly report: SimulationReport;
  readonly streams: Streams;
}
