import { formatPounds } from '../../money';
import { PartnershipError, refuse } from '../errors';
import { field } from '../phase/decision';
import { Lot } from './events';

/** Lots must be distinct, and where every service has a budget the budgets add up to the lot's. */
export const lotProblem = (lots: readonly Lot[]): PartnershipError | undefined => {
  if (lots.length === 0)
    return refuse(
      'LotsInvalid',
      'a procurement needs at least one lot (a single lot for an undivided contract)',
      field('lots'),
    );
  const seen = new Set<string>();
  for (const [i, lot] of lots.entries()) {
    if (seen.has(lot.lotId))
      return refuse('LotsInvalid', `lot ${lot.lotId} appears twice`, field('lots', String(i), 'lotId'));
    seen.add(lot.lotId);
    const budgets = lot.services.map((s) => s.annualBudgetPence);
    if (budgets.length > 0 && budgets.every((b) => b !== null)) {
      const sum = budgets.reduce<number>((acc, b) => acc + (b ?? 0), 0);
      if (sum !== lot.annualBudgetPence) {
        return refuse(
          'LotsInvalid',
          `lot ${lot.lotId}: its services' budgets add up to ${formatPounds(sum)} a year, not the lot's ${formatPounds(lot.annualBudgetPence)}`,
          field('lots', String(i), 'annualBudgetPence'),
        );
      }
    }
  }
  return undefined;
};
