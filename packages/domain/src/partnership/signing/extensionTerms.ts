import { PartnershipError, refuse } from '../errors';
import { ExtensionOption, ExtensionOptionsInput } from '../events/contractTerms';
import { listCountedOptions, priceOptions } from '../rules/contractTerms';
import { field } from '../phase/decision';

/** No council gives more than a decade's notice of an extension; it bounds every derived deadline. */
const MAXIMUM_NOTICE_MONTHS = 120;

/**
 * The extension options a council wrote, as the ordered, priced list a contract carries. Only the
 * partnership agreement's options may carry module contracts with them: a module is extended under
 * its own options, or by the agreement's.
 */
export const checkExtensionOptions = (
  input: ExtensionOptionsInput | undefined,
  annualValuePence: number,
  tier: 1 | 2,
): PartnershipError | ExtensionOption[] => {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    if ((input.count === 0) !== (input.lengthMonths === 0)) {
      return refuse(
        'TermInvalid',
        'extension options need both a count and a length (e.g. 2 options of 12 months), or neither',
        field('extensionOptions'),
      );
    }
    return listCountedOptions(input, annualValuePence);
  }
  for (const [i, option] of input.entries()) {
    if (option.noticeMonths !== undefined && option.noticeMonths > MAXIMUM_NOTICE_MONTHS) {
      return refuse(
        'TermInvalid',
        `option ${i + 1} asks for ${option.noticeMonths} months' notice; at most ${MAXIMUM_NOTICE_MONTHS} are allowed`,
        field('extensionOptions', String(i), 'noticeMonths'),
      );
    }
    const modules = option.modules ?? [];
    if (tier === 2 && (modules === 'all' || modules.length > 0)) {
      return refuse(
        'TermInvalid',
        `option ${i + 1} names module contracts, but only the partnership agreement's options extend its modules; a service contract's option extends that contract alone`,
        field('extensionOptions', String(i), 'modules'),
      );
    }
    if (modules !== 'all' && new Set(modules).size !== modules.length) {
      return refuse(
        'TermInvalid',
        `option ${i + 1} names a module contract twice`,
        field('extensionOptions', String(i), 'modules'),
      );
    }
  }
  return priceOptions(
    input.map((option) => ({
      lengthMonths: option.lengthMonths,
      annualValuePence: option.annualValuePence ?? null,
      noticeMonths: option.noticeMonths ?? null,
      modules: option.modules ?? [],
    })),
    annualValuePence,
  );
};
