import { Either, left, right } from 'fp-ts/Either';
import { procedureWording } from '../ocds/procedure';
import { penceToCsvPounds, toCsv } from './csv';
import { RegisterEntry } from './view';

/** The Transparency Code 2015 publishes contracts and invitations to tender worth more than £5,000. */
export const TRANSPARENCY_CODE_THRESHOLD_PENCE = 500_000;

export interface Quarter {
  readonly label: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/** A calendar quarter written `2026-Q3` (1 July to 30 September 2026). */
export const parseQuarter = (
  text: string,
): Either<{ code: 'InvalidInput'; message: string; path: string[] }, Quarter> => {
  const m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m === null)
    return left({
      code: 'InvalidInput',
      message: `quarter ${JSON.stringify(text)} must be written YYYY-Qn, e.g. 2026-Q3 (July to September 2026)`,
      path: ['quarter'],
    });
  const n = Number(m[2]);
  const month = String(n * 3 - 2).padStart(2, '0');
  return right({ label: text, startsOn: `${m[1]}-${month}-01`, endsOn: `${m[1]}-${QUARTER_ENDS[n - 1]}` });
};

/**
 * The register the Code asks for in a quarter: contracts worth more than £5,000 that were signed by
 * the quarter's end and had not ended before it began.
 */
export const registerForQuarter = (entries: readonly RegisterEntry[], quarter: Quarter): RegisterEntry[] =>
  entries.map((entry) => ({
    ...entry,
    contracts: entry.contracts.filter(
      (c) =>
        c.totalValuePence > TRANSPARENCY_CODE_THRESHOLD_PENCE &&
        c.signedOn <= quarter.endsOn &&
        c.endsOn >= quarter.startsOn,
    ),
  }));

/** The Code's fields for an invitation to tender: reference, title, description, dates, department. */
export const INVITATION_CSV_COLUMNS = [
  'Reference number',
  'Title',
  'Publishing council',
  'Department / service responsible',
  'Description of goods and services sought',
  'Start date',
  'End date',
  'Review date',
  'Estimated value (GBP)',
  'Procurement procedure',
  'Notice reference',
] as const;

/**
 * Invitations to tender worth more than £5,000 published (or, if never advertised, launched) in the
 * quarter: opened on that date, closing on the final tender deadline, reviewed when evaluated.
 */
export const invitationsToCsv = (
  entries: readonly RegisterEntry[],
  quarter: Quarter,
  eol = '\r\n',
): string => {
  const rows: string[][] = [[...INVITATION_CSV_COLUMNS]];
  for (const entry of entries) {
    for (const p of entry.procurements) {
      const opened = p.advertisedOn ?? p.launchedOn;
      if (opened < quarter.startsOn || opened > quarter.endsOn) continue;
      if (p.estimatedTotalValuePence <= TRANSPARENCY_CODE_THRESHOLD_PENCE || p.procedure === 'direct-award')
        continue;
      rows.push([
        p.procurementId,
        p.title,
        entry.leadCommissioner ?? '',
        entry.serviceArea ?? '',
        entry.description ?? p.title,
        opened,
        p.finalTenderDeadline ?? '',
        p.standstills[0]?.noticeDate ?? '',
        penceToCsvPounds(p.estimatedTotalValuePence),
        procedureWording(p.procedure, p.lightTouch),
        p.noticeReference ?? '',
      ]);
    }
  }
  return toCsv(rows, new Set([8]), eol);
};
