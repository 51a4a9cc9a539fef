import { formatPounds } from '@council-partnerships/domain';
import { RegisterContractEntry } from '@council-partnerships/projections';

/**
 * A contract's line as a person reads it, the same in the terminal and in the HTML report so the two
 * never disagree on what a contract's summary is: title, supplier, phase, term and value.
 */
export const contractSummaryCells = (c: RegisterContractEntry): string[] => [
  c.title,
  c.supplierName,
  c.phase,
  c.startsOn,
  c.endsOn,
  formatPounds(c.annualValuePence),
  formatPounds(c.totalValuePence),
];
