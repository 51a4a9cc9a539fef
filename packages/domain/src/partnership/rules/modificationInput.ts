import { Regime } from '../codecs';
import { ModificationClassification } from '../modification/classification';
import { ModificationGroundCode } from './modificationGrounds';

export interface ModificationInput {
  readonly regime: Regime;
  readonly lightTouch: boolean;
  /** The maximum term provided for on award, with every option, in months. */
  readonly maximumTermMonths: number;
  readonly termChangeMonths: number;
  /** The value of the contract on award: changes are measured against it, never against the value as changed. */
  readonly originalValuePence: number;
  readonly valueChangePence: number;
  /**
   * The net value of the contract's earlier below-threshold (PA 2023 s.74(6)) or de minimis (PCR 2015
   * reg 72(5)) modifications, aggregated with this one.
   */
  readonly earlierChangesPence?: number;
  /** The procurement threshold in force for this contract on the day of the change, when known. */
  readonly thresholdPence?: number | null;
  /** Works contracts have a 15% line where goods and services have 10% (s.74(4)(a)(ii); reg 72(5)(b)). */
  readonly works?: boolean;
  /** The change was advertised and written into the contract (a clear review clause or scope headroom). */
  readonly providedForInContract: boolean;
  /** Goods, services or works of a kind the contract did not already provide for (s.74(5)). */
  readonly materialScopeChange: boolean;
  /**
   * The authority's judgment whether the change moves the economic balance in the supplier's favour
   * (s.74(3)(c); reg 72(8)(c); Pressetext para 37). Left out, paying more for what the contract already provides is
   * taken to move it; say `false` where the rise buys more at the contract's own rates.
   */
  readonly economicBalanceToSupplier?: boolean;
  /**
   * The authority's judgment whether the change extends the scope of a PCR 2015 or PCR 2006 contract
   * considerably (reg 72(8)(d); Pressetext para 36), which neither gives a figure for. Left out, new scope or a
   * longer term is taken to extend it considerably; say `false` where the authority judges otherwise.
   */
  readonly considerableScopeExtension?: boolean;
  /** A ground from the closed list relied on for a change that would otherwise be substantial. */
  readonly permittedGround: ModificationGroundCode | null;
  /**
   * The day the change is agreed: a contract let under PCR 2006 and changed on or after 26 February
   * 2015 is subject to PCR 2015 reg 72 (reg 118(5B)-(5C)). Left out, a PCR 2006 change is judged as
   * before that day.
   */
  readonly modifiedOn?: string;
}

export interface ModificationOutcome {
  readonly classification: ModificationClassification;
  /** False when the change needs a new procurement: the classification's explanation says why. */
  readonly permitted: boolean;
}
