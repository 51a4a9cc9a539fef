/**
 * Whether a money field includes VAT. Thresholds have included VAT since 1 January 2022 (PCR 2015
 * reg 6 as amended; PA 2023 Schedule 3, the estimated value of a contract) and so does the £5m line
 * of PA 2023 s.52, so every price under a contract is held including VAT: the threshold and KPI
 * tests then compare like with like. For the welfare services most children's partnerships buy,
 * which are exempt (VAT Act 1994 Schedule 9 Group 7), the two figures are the same.
 */
export type MoneyVatBasis = 'including-vat' | 'as-stated' | 'vat-itself' | 'not-applicable';

export interface MoneyVatBasisOfField {
  readonly basis: MoneyVatBasis;
  readonly why: string;
}

const basisOf = (basis: MoneyVatBasis, why: string): MoneyVatBasisOfField => ({ basis, why });

const PRICE = basisOf(
  'including-vat',
  'a price under a contract, compared with the thresholds and the s.52 £5m line, which include VAT',
);
const STATED = basisOf(
  'as-stated',
  'including VAT unless the command says valuesIncludeVat: false (compared with the threshold on the same basis)',
);
const LAUNCHED = basisOf(
  'as-stated',
  'as the launch stated in valuesIncludeVat; null in events recorded before it was kept (version 1), whose launch check read the values as including VAT unless told otherwise',
);
const NO_SUPPLY = basisOf(
  'not-applicable',
  "council or third-party funding, not consideration for a supply, so outside VAT's scope",
);

/**
 * The VAT basis of every money field of a command or an event, by its path in the catalogue; a
 * `Type data.path` entry overrides the path alone for one command or event. The catalogue prints it
 * beside the field, and a test fails for a money field without one.
 */
export const VAT_BASIS_OF_MONEY_FIELDS: ReadonlyMap<string, MoneyVatBasisOfField> = new Map([
  ['data.annualValuePence', PRICE],
  ['data.initialTermValuePence', PRICE],
  ['data.maximumValuePence', PRICE],
  ['data.potentialAnnualValuePence', PRICE],
  ['data.totalValuePence', PRICE],
  ['data.valueChangePence', PRICE],
  ['data.newAnnualValuePence', PRICE],
  ['data.scopeAnnualValueBeforePence', PRICE],
  ['data.scopeAnnualValueAfterPence', PRICE],
  ['data.estimatedAnnualValuePence', PRICE],
  ['data.estimatedTotalValuePence', PRICE],
  ['LaunchProcurement data.estimatedAnnualValuePence', STATED],
  ['LaunchProcurement data.estimatedTotalValuePence', STATED],
  ['ProcurementLaunched data.estimatedAnnualValuePence', LAUNCHED],
  ['ProcurementLaunched data.estimatedTotalValuePence', LAUNCHED],
  ['data.lots[].annualBudgetPence', PRICE],
  ['data.lots[].services[].annualBudgetPence', PRICE],
  ['data.classification.measures.originalValuePence', PRICE],
  ['data.classification.measures.earlierChangesPence', PRICE],
  ['data.classification.measures.aggregateChangePence', PRICE],
  [
    'data.classification.measures.thresholdPence',
    basisOf('including-vat', 'the threshold in force, including VAT since 1 January 2022'),
  ],
  ['data.extensionOptions[].annualValuePence', PRICE],
  ['data.extensionOptions[].valuePence', PRICE],
  ['data.valuePence', PRICE],
  ['data.modules[].valuePence', PRICE],
  // A commissioner's part of a contract's value (or of an option's, or of a rise): a price, as the value it splits.
  ['data.shareApprovals[].sharePence', PRICE],
  ['data.previousClaimedPence', PRICE],
  ['data.approvedValuePence', PRICE],
  ['data.maximumPaymentPence', PRICE],
  ['data.savingsSchedule[].annualAmountPence', PRICE],
  ['data.claimedPence', PRICE],
  ['data.verifiedPence', PRICE],
  ['data.disallowedPence', PRICE],
  ['data.payablePence', PRICE],
  ['data.marginPence', PRICE],
  ['data.lines[].amountPence', PRICE],
  ['ClaimExpenditure data.amountPence', PRICE],
  ['ExpenditureClaimed data.amountPence', PRICE],
  ['RecordExternalFunding data.amountPence', NO_SUPPLY],
  ['ExternalFundingSecured data.amountPence', NO_SUPPLY],
  ['RecordFundingSource data.annualAmountPence', NO_SUPPLY],
  ['FundingSourceRecorded data.annualAmountPence', NO_SUPPLY],
  [
    'data.irrecoverableVatPence',
    basisOf(
      'vat-itself',
      'the VAT on the contract the council cannot recover under VAT Act 1994 s.33 (Transparency Code 2015)',
    ),
  ],
]);

/** The basis of a money field of a command or event, or undefined when none is stated. */
export const vatBasisOf = (type: string, path: string): MoneyVatBasisOfField | undefined =>
  VAT_BASIS_OF_MONEY_FIELDS.get(`${type} ${path}`) ?? VAT_BASIS_OF_MONEY_FIELDS.get(path);

export const VAT_BASIS_WORDS: Readonly<Record<MoneyVatBasis, string>> = {
  'including-vat': 'including VAT',
  'as-stated': 'including VAT unless `valuesIncludeVat` is false',
  'vat-itself': 'the VAT itself',
  'not-applicable': 'VAT not applicable',
};
