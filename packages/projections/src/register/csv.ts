import { own } from '@council-partnerships/domain';
import { RegisterContractEntry, RegisterEntry } from './view';

/** Supplier details the event log does not (yet) carry, supplied by the council's supplier records. */
export interface SupplierDetails {
  readonly companyNumber?: string;
  readonly charityNumber?: string;
  readonly sme?: boolean;
  readonly vcse?: boolean;
}

export interface RegisterCsvOptions {
  /** Keyed by supplier id. */
  readonly suppliers?: Readonly<Record<string, SupplierDetails>>;
  /** Also list partnerships with no signed contract yet (the pipeline), one row each. Default false. */
  readonly includePipeline?: boolean;
  /** Line ending between records (default CRLF, as RFC 4180 specifies). */
  readonly lineEnding?: '\r\n' | '\n';
}

/**
 * The columns of the Local Government Transparency Code 2015 contracts data (reference, title,
 * department, description, supplier and its registration, SME/VCSE, start, end, review and
 * extension dates, value, procedure), then the partnership columns a council register adds.
 */
export const REGISTER_CSV_COLUMNS = [
  'Reference number',
  'Title of agreement',
  'Department / service responsible',
  'Description of goods and services',
  'Supplier name',
  'Supplier company registration number',
  'Supplier charity registration number',
  'SME',
  'VCSE',
  'Contract start date',
  'Contract end date',
  'Review date',
  'Extension decision date',
  'Latest end date with extensions',
  'Total value (GBP)',
  'Annual value (GBP)',
  'Maximum value with extensions (GBP)',
  'Procurement procedure',
  'Procurement regime',
  'Notice reference',
  'Partnership',
  'Phase',
  'Next due',
  'Next due date',
] as const;

/** Pence as pounds with two decimals and no separators ('2224000.00'): exact, with no floating point. */
export const penceToCsvPounds = (pence: number): string => {
  const sign = pence < 0 ? '-' : '';
  const magnitude = Math.abs(pence);
  return `${sign}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
};

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces,
 * with quotes doubled. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the
 * start) is prefixed with an apostrophe, so opening the register cannot execute anything.
 */
export const csvField = (value: string, options: { text?: boolean } = {}): string => {
  const guarded = options.text !== false && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
};

const yesNo = (flag: boolean | undefined): string => (flag === undefined ? '' : flag ? 'Yes' : 'No');

const procedureText = (c: RegisterContractEntry): string =>
  c.procedure === null
    ? c.lightTouch
      ? 'light-touch'
      : ''
    : c.lightTouch && c.procedure !== 'light-touch'
      ? `${c.procedure} (light touch)`
      : c.procedure;

const contractRow = (
  entry: RegisterEntry,
  c: RegisterContractEntry,
  options: RegisterCsvOptions,
): string[] => {
  const supplier = (options.suppliers === undefined ? undefined : own(options.suppliers, c.supplierId)) ?? {};
  const next =
    entry.deadlines.find((d) => !d.overdue && (d.contractId === c.contractId || d.contractId === null)) ??
    null;
  return [
    c.contractId,
    c.title,
    entry.serviceArea ?? '',
    c.services.length > 0 ? c.services.join('; ') : (entry.description ?? ''),
    c.supplierName,
    supplier.companyNumber ?? '',
    supplier.charityNumber ?? '',
    yesNo(supplier.sme),
    yesNo(supplier.vcse),
    c.startsOn,
    c.endsOn,
    c.nextKpiAssessmentDueBy ?? '',
    c.extensionDecisionDueBy ?? '',
    c.maximumEndsOn,
    penceToCsvPounds(c.totalValuePence),
    penceToCsvPounds(c.annualValuePence),
    penceToCsvPounds(c.maximumValuePence),
    procedureText(c),
    c.regime,
    c.noticeReference ?? '',
    entry.title,
    c.phase,
    next?.description ?? '',
    next?.dueOn ?? '',
  ];
};

const pipelineRow = (entry: RegisterEntry): string[] => {
  const procurement = entry.procurements[entry.procurements.length - 1];
  return [
    entry.partnershipId,
    entry.title,
    entry.serviceArea ?? '',
    entry.description ?? '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    entry.advertisedMaximumValuePence === null ? '' : penceToCsvPounds(entry.advertisedMaximumValuePence),
    '',
    '',
    procurement?.procedure ?? '',
    procurement?.regime ?? '',
    procurement?.noticeReference ?? '',
    entry.title,
    entry.phase,
    entry.nextDue?.description ?? '',
    entry.nextDue?.dueOn ?? '',
  ];
};

const MONEY_COLUMNS = new Set([14, 15, 16]);

/** The register as CSV: a header, then one row per signed contract (and, if asked, per pipeline partnership). */
export const registerToCsv = (
  entries: readonly RegisterEntry[],
  options: RegisterCsvOptions = {},
): string => {
  const rows: string[][] = [[...REGISTER_CSV_COLUMNS]];
  for (const entry of entries) {
    if (entry.contracts.length === 0) {
      if (options.includePipeline) rows.push(pipelineRow(entry));
      continue;
    }
    for (const c of entry.contracts) rows.push(contractRow(entry, c, options));
  }
  const eol = options.lineEnding ?? '\r\n';
  return (
    rows
      .map((row, r) => row.map((v, i) => csvField(v, { text: r === 0 || !MONEY_COLUMNS.has(i) })).join(','))
      .join(eol) + eol
  );
};
