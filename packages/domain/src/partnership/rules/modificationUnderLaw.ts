import { formatPounds } from '../../money';
import { ModificationInput, ModificationOutcome } from './modificationInput';
import {
  balanceToSupplier,
  belowThresholdUnderAct,
  changeNoticeUnderAct,
  deMinimisUnderRegulations,
  Measured,
  noticeWords,
  onGround,
  percent,
  Result,
  thresholdText,
  TEN_PERCENT_BPS,
} from './modificationMeasures';

/*
 * The classification under each regime in turn: PA 2023 s.74-75 with Schedule 8, PCR 2015 reg 72, and
 * PCR 2006 as the courts read it.
 */

/**
 * The two tests of a substantial change the library judges under the regulations, in a law's own
 * words: a considerable extension of scope (taken as considerable when the authority recorded no
 * judgment on a longer term or new services, as judged otherwise), and the economic balance moved
 * in the contractor's favour.
 */
interface SubstantialTests {
  readonly scopeTakenAsConsiderable: string;
  readonly scopeJudgedConsiderable: string;
  readonly balance: string;
}

const REG_72_8: SubstantialTests = {
  scopeTakenAsConsiderable:
    'it extends the scope of the contract, which is taken as considerable (reg 72(8)(d)) since no judgment was recorded: ' +
    'the regulation sets no figure, so record considerableScopeExtension: false where the authority judges the extension not considerable',
  scopeJudgedConsiderable:
    'it extends the scope of the contract considerably, as the authority judged (reg 72(8)(d))',
  balance:
    "it changes the economic balance in the contractor's favour in a manner not provided for in the initial contract (reg 72(8)(c))",
};

const PRESSETEXT: SubstantialTests = {
  scopeTakenAsConsiderable:
    'it extends the scope of the contract, taken as considerable (Pressetext para 36) since no judgment was recorded: ' +
    'the judgment sets no figure, so record considerableScopeExtension: false where the authority judges the extension not considerable',
  scopeJudgedConsiderable:
    'it extends the scope of the contract considerably, as the authority judged (Pressetext para 36)',
  balance:
    "it changes the economic balance in the contractor's favour in a manner the contract did not provide for (Pressetext para 37)",
};

/** Why a change is substantial under those tests, in the law's words; none when it is not. */
const substantialReasons = (input: ModificationInput, tests: SubstantialTests): string[] => {
  const judged = input.considerableScopeExtension;
  const considerable = judged ?? (input.materialScopeChange || input.termChangeMonths > 0);
  const scope = !considerable
    ? null
    : judged === undefined
      ? tests.scopeTakenAsConsiderable
      : tests.scopeJudgedConsiderable;
  return [scope, balanceToSupplier(input) ? tests.balance : null].filter((r): r is string => r !== null);
};

/**
 * PA 2023 s.74(1): a modification is permitted under Schedule 8 (a), not substantial (b), or a
 * below-threshold modification (c), which s.74(4)(d) keeps for changes that are neither of those:
 * a substantial change small enough in value. A light-touch contract may be modified freely (s.74(2)).
 */
export const underAct = (input: ModificationInput, m: Measured, result: Result): ModificationOutcome => {
  if (input.lightTouch) {
    return result(
      'PA 2023 s.74(2)',
      'light-touch',
      false,
      false,
      `a light-touch contract may be modified freely: ${m.text}`,
    );
  }
  if (input.providedForInContract || input.permittedGround === 'pa2023-sch8-provided-for') {
    const notice = changeNoticeUnderAct(m, 'pa2023-sch8-provided-for');
    return result(
      'PA 2023 Schedule 8 para 1',
      'provided-for-in-contract',
      false,
      notice,
      `the change was provided for in the contract as advertised: ${m.text}${noticeWords(notice)}`,
      { ground: 'pa2023-sch8-provided-for' },
    );
  }
  const reasons = [
    Math.abs(m.termChangeBps) > TEN_PERCENT_BPS
      ? 'the term changes by more than 10% of the maximum term provided for on award (s.74(3)(a))'
      : null,
    input.materialScopeChange
      ? 'the scope changes materially: goods, services or works of a kind the contract did not provide for (s.74(3)(b), (5))'
      : null,
    balanceToSupplier(input) ? "the economic balance moves in the supplier's favour (s.74(3)(c))" : null,
  ].filter((r): r is string => r !== null);
  if (reasons.length === 0) {
    const notice = changeNoticeUnderAct(m, null);
    return result(
      'PA 2023 s.74(1)(b), (3)',
      'not-substantial',
      false,
      notice,
      `not substantial: ${m.text}${noticeWords(notice)}`,
    );
  }
  const why = `substantial: ${reasons.join('; ')}: ${m.text}`;
  if (input.permittedGround === null && belowThresholdUnderAct(input, m)) {
    const notice = changeNoticeUnderAct(m, null);
    return result(
      'PA 2023 s.74(1)(c), (4)',
      'below-threshold-modification',
      false,
      notice,
      `a below-threshold modification: ${m.text}; this change within ${percent(m.lineBps)} of the original value ` +
        `and the below-threshold modifications together (${formatPounds(m.aggregatePence)}) below ${thresholdText(m)} (s.74(4), (6))` +
        noticeWords(notice),
    );
  }
  const line =
    input.permittedGround === null && !input.materialScopeChange
      ? `; not a below-threshold modification (s.74(4)): this change must be within ${percent(m.lineBps)} of the original value ` +
        `and the below-threshold modifications together (${formatPounds(m.aggregatePence)}) below ${thresholdText(m)}`
      : '';
  return onGround(input, 'PA2023', `${why}${line}`, 'PA 2023 s.74(3)', m, result);
};

/**
 * PCR 2015 reg 72: grounds (1)(a)-(f); substantial as reg 72(8) defines it; no light-touch freedom.
 * Of reg 72(8) the library judges (c) the economic balance and (d) a considerable extension of scope,
 * on the authority's recorded judgment; (a) a materially different character, (b) conditions that
 * would have admitted other candidates or tenders, and (e) a new contractor outside reg 72(1)(d)
 * are for the authority to rule out before it records a change (the last is refused by the ground).
 */
export const underRegulations2015 = (
  input: ModificationInput,
  m: Measured,
  result: Result,
): ModificationOutcome => {
  if (input.providedForInContract || input.permittedGround === 'pcr2015-reg72-1-a-review-clause') {
    return result(
      'PCR 2015 reg 72(1)(a)',
      'provided-for-in-contract',
      false,
      false,
      `the change was provided for in clear, precise and unequivocal review clauses: ${m.text}`,
      { ground: 'pcr2015-reg72-1-a-review-clause' },
    );
  }
  if (input.permittedGround === null && deMinimisUnderRegulations(input, m)) {
    return result(
      'PCR 2015 reg 72(1)(f), 72(5)',
      'below-threshold-modification',
      false,
      false,
      `de minimis: ${m.text}, the net cumulative value below ${percent(m.lineBps)} of the initial value and below ${thresholdText(m)}`,
    );
  }
  const reasons = substantialReasons(input, REG_72_8);
  if (reasons.length > 0) {
    return onGround(
      input,
      'PCR2015',
      `substantial: ${reasons.join('; ')}: ${m.text}`,
      'PCR 2015 reg 72(8)',
      m,
      result,
    );
  }
  return result(
    'PCR 2015 reg 72(1)(e)',
    'not-substantial',
    false,
    false,
    `not substantial within reg 72(8): ${m.text}`,
  );
};

/**
 * PCR 2006 had no rule on modifications (and from 26 February 2015 its contracts are subject to
 * PCR 2015 reg 72 by reg 118(5B)-(5C), see `classifyModification`): an amendment is a new award when it is materially different
 * in character from the original contract (Pressetext Nachrichtenagentur, C-454/06, paras 34-37),
 * which the Court found where it (35) introduces conditions that would have admitted other tenderers
 * or another tender, (36) extends the scope considerably to services not initially covered, or (37)
 * changes the economic balance in the contractor's favour in a manner the contract did not provide
 * for. The judgment sets no percentage: the 10% and 15% lines came with Directive 2014/24/EU (PCR 2015
 * reg 72(5)), so a PCR 2006 change is judged on scope and balance alone, the authority's recorded
 * judgment deciding as under reg 72(8), and a longer term or new services taken as extending the
 * scope considerably unless the authority records otherwise.
 */
export const underRegulations2006 = (
  input: ModificationInput,
  m: Measured,
  result: Result,
): ModificationOutcome => {
  const law = 'PCR 2006 (Pressetext Nachrichtenagentur, C-454/06)';
  if (input.providedForInContract) {
    return result(
      law,
      'provided-for-in-contract',
      false,
      false,
      `the change was provided for in the contract as advertised: ${m.text}`,
    );
  }
  const reasons = substantialReasons(input, PRESSETEXT);
  if (reasons.length > 0) {
    return result(
      law,
      'substantial-permitted-ground',
      true,
      false,
      `a material change: ${reasons.join('; ')}: ${m.text}; under PCR 2006 it is a new award and needs a procurement`,
      { permitted: false },
    );
  }
  return result(
    law,
    'not-substantial',
    false,
    false,
    `not a material change (Pressetext paras 34-37): ${m.text}`,
  );
};
