import { ModificationInput } from './modificationClassification';

/**
 * The contract the modification specifications start from: £1m of services over at most seven years,
 * under PA 2023, above the services threshold, with no change to its term, value or scope yet and no
 * ground relied on. A case states only what it changes.
 */
export const unmodifiedContract: ModificationInput = {
  regime: 'PA2023',
  lightTouch: false,
  maximumTermMonths: 84,
  termChangeMonths: 0,
  originalValuePence: 1_000_000_00,
  valueChangePence: 0,
  providedForInContract: false,
  materialScopeChange: false,
  permittedGround: null,
  thresholdPence: 21_490_400,
};
