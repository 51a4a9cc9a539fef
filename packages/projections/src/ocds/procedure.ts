/** OCDS `procurementMethod` (closed codelist) for each procedure, with the procedure's own words. */
export const METHOD = new Map([
  ['open', 'open'],
  ['restricted', 'selective'],
  ['competitive-dialogue', 'selective'],
  ['competitive-procedure-with-negotiation', 'selective'],
  ['innovation-partnership', 'selective'],
  ['light-touch', 'open'],
  ['competitive-flexible', 'selective'],
  ['direct-award', 'direct'],
  ['quotation', 'limited'],
]);

const PROCEDURE_WORDS = new Map([
  ['open', 'Open procedure'],
  ['restricted', 'Restricted procedure'],
  ['competitive-dialogue', 'Competitive dialogue'],
  ['competitive-procedure-with-negotiation', 'Competitive procedure with negotiation'],
  ['innovation-partnership', 'Innovation partnership'],
  ['light-touch', 'Light touch procedure'],
  ['competitive-flexible', 'Competitive flexible procedure'],
  ['direct-award', 'Direct award'],
  ['quotation', 'Invitation to quote'],
]);

/** One wording for each procedure, shared with the contract register. */
export const procedureWording = (procedure: string, lightTouch: boolean): string => {
  const base = PROCEDURE_WORDS.get(procedure) ?? procedure;
  return lightTouch && procedure !== 'light-touch' ? `${base} (light touch regime)` : base;
};
