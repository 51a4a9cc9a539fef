import { ModificationInput, ModificationOutcome } from './modificationInput';
import { measure, resultFor } from './modificationMeasures';
import { PCR2015_COMMENCEMENT } from './regimes';
import { Result } from './modificationMeasures';
import { underAct, underRegulations2006, underRegulations2015 } from './modificationUnderLaw';

/**
 * PCR 2015 reg 118(5B)-(5C): a contract "awarded under the 2006 Regulations (other than a public
 * works concession contract) ... is subject to regulations 72 and 73(3)", so a change to it agreed
 * from 26 February 2015 is judged by reg 72, its provision saying why.
 */
const appliedByRegulation118 =
  (result: Result): Result =>
  (provision, ...rest) =>
    result(`${provision}, applied to a PCR 2006 contract by reg 118(5B)-(5C)`, ...rest);

export type { ModificationInput, ModificationOutcome } from './modificationInput';
export { FIFTEEN_PERCENT_BPS, TEN_PERCENT_BPS } from './modificationMeasures';

/**
 * Classifies a change to a contract under the law it was let under: PA 2023 s.74-75 with Schedule 8,
 * PCR 2015 reg 72 (which also governs PCR 2006 contracts changed from 26 February 2015), or PCR 2006
 * as the courts read it. Every change is measured against the value on
 * award, with the earlier small changes aggregated (so ten small steps are no smaller than one big
 * one). Contracts below the thresholds are outside the regulated regime.
 */
export const classifyModification = (input: ModificationInput): ModificationOutcome => {
  const m = measure(input);
  const result = resultFor(input, m);
  switch (input.regime) {
    case 'below-threshold':
      return result(
        'council contract procedure rules',
        'outside-regulated-regime',
        false,
        false,
        `a contract below the thresholds: ${m.text}; no change notice`,
      );
    case 'PA2023':
      return underAct(input, m, result);
    case 'PCR2015':
      return underRegulations2015(input, m, result);
    case 'PCR2006':
      return input.modifiedOn !== undefined && input.modifiedOn >= PCR2015_COMMENCEMENT
        ? underRegulations2015(input, m, appliedByRegulation118(result))
        : underRegulations2006(input, m, result);
  }
};
