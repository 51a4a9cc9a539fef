import { own } from '@council-partnerships/domain';
import { procedureWording } from '../ocds/procedure';
import { RegisterContractEntry } from './contractEntry';
import { RegisterEntry } from './view';

/** Supplier facts from the council's own supplier records, for facts the log does not carry. */
export interface SupplierDetails {
  readonly companyNumber?: string;
  readonly charityNumber?: string;
  readonly sme?: boolean;
  readonly vcse?: boolean;
}

export interface RegisterCsvOptions {
  /** Keyed by supplier id, read through own-property checks only. Overrides what signing recorded. */
  readonly suppliers?: Readonly<Record<string, SupplierDetails>>;
  /** Also list partnerships with no signed contract yet (the pipeline), one row each. Default false. */
  readonly includePipeline?: boolean;
  /** Line ending between records (default CRLF, as RFC 4180 specifies). */
  readonly lineEnding?: '\r\n' | '\n';
}

/**
 * The Local Government Transparency Code 2015 (Part 2, procurement information) contract fields for
 * every contract over £5,000: reference number; title; department responsible; description; supplier
 * name and details; the sum to be paid over the contract, or the annual spend; VAT that cannot be
 * recovered; start, end and review dates; whether it followed an invitation to quote or a published
 * invitation to tender; whether the supplier is an SME and/or a VCSE, with its registration number.
 * Then the publishing council, where each supplier value came from, the partnership columns a council
 * register adds, and the facts that could not be published because the log does not hold them.
 */
export const REGISTER_CSV_COLUMNS = [
  'Reference number',
  'Title of agreement',
  'Publishing council',
  'Department / service responsible',
  'Description of goods and services',
  'Supplier name',
  'Supplier company registration number',
  'Supplier charity registration number',
  'SME',
  'VCSE',
  'Supplier details source',
  'Contract start date',
  'Contract end date',
  'Review date',
  'Extension decision date',
  'Latest end date with extensions',
  'Total value (GBP)',
  'Annual value (GBP)',
  'Maximum value with extensions (GBP)',
  'Irrecoverable VAT (GBP)',
  'Invitation to quote or tender',
  'Procurement procedure',
  'Procurement regime',
  'Notice reference',
  'Partnership',
  'Phase',
  'Next due',
  'Next due date',
  'Facts not recorded',
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

const yesNo = (flag: boolean | null | undefined): string =>
  flag === undefined || flag === null ? '' : flag ? 'Yes' : 'No';

/** The Code's question, answered in one wording: did the contract follow a quote or a published tender? */
export const invitationKind = (c: RegisterContractEntry): string => {
  if (c.procurementId === null) return 'Neither: a module added under the partnership agreement';
  if (c.procedure === 'quotation') return 'Invitation to quote';
  if (c.procedure === 'direct-award') return 'Neither: direct award';
  return 'Published invitation to tender';
};

interface SupplierValues {
  readonly companyNumber: string;
  readonly charityNumber: string;
  readonly sme: string;
  readonly vcse: string;
  readonly source: string;
}

/** The supplier columns, from the supplier file where it says something, else from what signing recorded. */
const supplierValues = (c: RegisterContractEntry, options: RegisterCsvOptions): SupplierValues => {
  const file = options.suppliers === undefined ? undefined : own(options.suppliers, c.supplierId);
  const recorded = c.supplierDetails;
  const registered = (scheme: string) => recorded?.identifiers.find((i) => i.scheme === scheme)?.id;
  const sources = new Set<string>();
  const pick = <V>(fromFile: V | undefined, fromLog: V | undefined | null): V | undefined => {
    if (fromFile !== undefined) {
      sources.add('supplier file');
      return fromFile;
    }
    if (fromLog !== undefined && fromLog !== null) {
      sources.add('recorded on signing');
      return fromLog;
    }
    return undefined;
  };
  const companyNumber = pick(file?.companyNumber, registered('GB-COH')) ?? '';
  const charityNumber = pick(file?.charityNumber, registered('GB-CHC')) ?? '';
  const sme = yesNo(pick(file?.sme, recorded?.sme));
  const vcse = yesNo(pick(file?.vcse, recorded?.vcse));
  return {
    companyNumber,
    charityNumber,
    sme,
    vcse,
    source: sources.size === 0 ? 'not recorded' : [...sources].sort().join('; '),
  };
};

/** The Code's fields this row cannot fill, by name, so that a gap is reported and not just left blank. */
const factsNotRecorded = (c: RegisterContractEntry, s: SupplierValues): string[] => {
  const missing: string[] = [];
  if (s.companyNumber === '' && s.charityNumber === '') missing.push('supplier registration number');
  if (s.sme === '') missing.push('SME status');
  if (s.vcse === '') missing.push('VCSE status');
  if (c.irrecoverableVatPence === null) missing.push('irrecoverable VAT');
  if (c.reviewOn === null) missing.push('review date');
  return missing;
};

/** What a register row cannot publish, named: "contract x (supplier y): supplier registration number". */
export const registerGaps = (entries: readonly RegisterEntry[], options: RegisterCsvOptions = {}): string[] =>
  entries.flatMap((entry) =>
    entry.contracts.flatMap((c) => {
      const missing = factsNotRecorded(c, supplierValues(c, options));
      return missing.length === 0
        ? []
        : [`contract ${c.contractId} (${c.supplierName}): ${missing.join(', ')}`];
    }),
  );

const contractRow = (
  entry: RegisterEntry,
  c: RegisterContractEntry,
  options: RegisterCsvOptions,
): string[] => {
  const supplier = supplierValues(c, options);
  const next =
    entry.deadlines.find((d) => !d.overdue && (d.contractId === c.contractId || d.contractId === null)) ??
    null;
  return [
    c.contractId,
    c.title,
    entry.leadCommissioner ?? '',
    entry.serviceArea ?? '',
    c.services.length > 0 ? c.services.join('; ') : (entry.description ?? ''),
    c.supplierName,
    supplier.companyNumber,
    supplier.charityNumber,
    supplier.sme,
    supplier.vcse,
    supplier.source,
    c.startsOn,
    c.endsOn,
    c.reviewOn ?? '',
    c.extensionDecisionDueBy ?? '',
    c.maximumEndsOn,
    penceToCsvPounds(c.totalValuePence),
    penceToCsvPounds(c.annualValuePence),
    penceToCsvPounds(c.maximumValuePence),
    c.irrecoverableVatPence === null ? '' : penceToCsvPounds(c.irrecoverableVatPence),
    invitationKind(c),
    c.procedure === null ? '' : procedureWording(c.procedure, c.lightTouch),
    c.regime,
    c.noticeReference ?? '',
    entry.title,
    c.phase,
    next?.description ?? '',
    next?.dueOn ?? '',
    factsNotRecorded(c, supplier).join('; '),
  ];
};

const pipelineRow = (entry: RegisterEntry): string[] => {
  const procurement = entry.procurements[entry.procurements.length - 1];
  const row: string[] = REGISTER_CSV_COLUMNS.map(() => '');
  const set = (column: (typeof REGISTER_CSV_COLUMNS)[number], value: string) => {
    row[REGISTER_CSV_COLUMNS.indexOf(column)] = value;
  };
  set('Reference number', entry.partnershipId);
  set('Title of agreement', entry.title);
  set('Publishing council', entry.leadCommissioner ?? '');
  set('Department / service responsible', entry.serviceArea ?? '');
  set('Description of goods and services', entry.description ?? '');
  if (entry.advertisedMaximumValuePence !== null)
    set('Total value (GBP)', penceToCsvPounds(entry.advertisedMaximumValuePence));
  if (procurement !== undefined) {
    set(
      'Invitation to quote or tender',
      procurement.procedure === 'quotation' ? 'Invitation to quote' : 'Published invitation to tender',
    );
    set('Procurement procedure', procedureWording(procurement.procedure, procurement.lightTouch));
    set('Procurement regime', procurement.regime);
    set('Notice reference', procurement.noticeReference ?? '');
  }
  set('Partnership', entry.title);
  set('Phase', entry.phase);
  set('Next due', entry.nextDue?.description ?? '');
  set('Next due date', entry.nextDue?.dueOn ?? '');
  return row;
};

const MONEY_COLUMNS = new Set(
  [
    'Total value (GBP)',
    'Annual value (GBP)',
    'Maximum value with extensions (GBP)',
    'Irrecoverable VAT (GBP)',
  ].map((c) => REGISTER_CSV_COLUMNS.indexOf(c as (typeof REGISTER_CSV_COLUMNS)[number])),
);

export const toCsv = (
  rows: readonly (readonly string[])[],
  moneyColumns: ReadonlySet<number>,
  eol: string,
): string =>
  rows
    .map((row, r) => row.map((v, i) => csvField(v, { text: r === 0 || !moneyColumns.has(i) })).join(','))
    .join(eol) + eol;

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
  return toCsv(rows, MONEY_COLUMNS, options.lineEnding ?? '\r\n');
};
