import { own } from '@council-partnerships/domain';
import { ContractFigures } from '../contractValue/figures';
import { PartnershipValueState } from '../contractValue/state';
import { plusMonths, plusYears } from '../dates';
import { ContractPhase } from './phase';
import { isEndedPhase, standingPhase } from './standing';
import { RegisterContract, RegisterPartnership } from './state';

export interface RegisterContractEntry {
  readonly contractId: string;
  readonly tier: 1 | 2;
  readonly title: string;
  readonly services: readonly string[];
  readonly supplierId: string;
  readonly supplierName: string;
  readonly deliveryModel: string | null;
  readonly phase: ContractPhase;
  readonly regime: string;
  readonly lightTouch: boolean;
  readonly procurementId: string | null;
  readonly procedure: string | null;
  readonly noticeReference: string | null;
  readonly supplierDetails: RegisterContract['supplierDetails'];
  readonly irrecoverableVatPence: number | null;
  /** The review date recorded on signing, else the next KPI assessment due. */
  readonly reviewOn: string | null;
  readonly signedOn: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly maximumEndsOn: string;
  readonly extensionOptionsRemaining: number;
  readonly extensionDecisionDueBy: string | null;
  readonly nextKpiAssessmentDueBy: string | null;
  readonly nextTerminationNoticeDeadline: string | null;
  readonly annualValuePence: number;
  /** Value over the contract as it now stands (initial term, extensions taken up, modifications). */
  readonly totalValuePence: number;
  /** With every extension option, after savings. */
  readonly maximumValuePence: number;
}

export interface RegisterOptions {
  /** The business date the register is read on: decides phases and what is due next. */
  readonly today: string;
  /** How long before the end of the term an extension must be decided (default 6 months). */
  readonly extensionDecisionLeadMonths?: number;
}

/** The last day to give notice under an annual termination clause for the next anniversary it can still reach. */
const nextNoticeDeadline = (
  c: RegisterContract,
  f: ContractFigures,
  today: string,
): { deadline: string; anniversary: string } | null => {
  if (c.annualTerminationClause === null || f.ended !== null) return null;
  for (let year = 1; ; year++) {
    const anniversary = plusYears(f.startsOn, year);
    if (anniversary > f.endsOn) return null;
    const deadline = plusMonths(anniversary, -c.annualTerminationClause.noticeMonths);
    if (deadline >= today) return { deadline, anniversary };
  }
};

const contractPhase = (c: RegisterContract, f: ContractFigures, today: string): ContractPhase =>
  standingPhase(
    {
      ended: f.ended,
      startsOn: f.startsOn,
      endsOn: f.endsOn,
      liveOn: c.liveOn,
      mobilisationStartedOn: c.mobilisationStartedOn,
      terminationNoticeEffectiveOn: c.terminationNotice?.effectiveOn ?? null,
    },
    today,
  );

/** A contract as the register shows it on `options.today`. */
export const contractEntry = (
  c: RegisterContract,
  f: ContractFigures,
  value: PartnershipValueState,
  p: RegisterPartnership,
  options: RegisterOptions,
): RegisterContractEntry => {
  const state = own(value.contracts, f.contractId);
  const remaining =
    state === undefined ? 0 : Math.max(0, state.extensionOptions.length - state.extensionsExercised.length);
  const procurementId = state?.procurementId ?? null;
  const procurement = procurementId === null ? undefined : own(p.procurements, procurementId);
  const phase = contractPhase(c, f, options.today);
  const inForce = !isEndedPhase(phase);
  const notice = inForce ? nextNoticeDeadline(c, f, options.today) : null;
  return {
    contractId: f.contractId,
    tier: f.tier,
    title: f.title,
    services: c.services,
    supplierId: f.supplierId,
    supplierName: f.supplierName,
    deliveryModel: c.deliveryModel,
    phase,
    regime: c.regime,
    lightTouch: c.lightTouch,
    procurementId,
    procedure: procurement?.procedure ?? null,
    noticeReference:
      c.noticeReferences.length > 0 ? c.noticeReferences.join('; ') : (procurement?.noticeReference ?? null),
    supplierDetails: c.supplierDetails,
    irrecoverableVatPence: c.irrecoverableVatPence,
    reviewOn: c.reviewOn ?? (inForce ? c.nextKpiAssessmentDueBy : null),
    signedOn: state?.signedOn ?? f.startsOn,
    startsOn: f.startsOn,
    endsOn: f.endsOn,
    maximumEndsOn: f.maximumEndsOn,
    extensionOptionsRemaining: remaining,
    extensionDecisionDueBy:
      remaining > 0 && inForce ? plusMonths(f.endsOn, -(options.extensionDecisionLeadMonths ?? 6)) : null,
    nextKpiAssessmentDueBy: inForce ? c.nextKpiAssessmentDueBy : null,
    nextTerminationNoticeDeadline: notice?.deadline ?? null,
    annualValuePence: f.annualValuePence,
    totalValuePence: f.committedValuePence,
    maximumValuePence: f.maximumValuePence,
  };
};
