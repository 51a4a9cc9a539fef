import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A number from the environment, so a run can be shortened or lengthened without editing the benchmark. */
export const envNumber = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);

/** Progress on stderr, stamped with the time of day, so the report on stdout stays clean. */
export const log = (message: string): void => {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
};

/** The middle run (the mean of the middle two for an even count): one run slowed by a neighbour does not move it. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** How long `work` took, in seconds of wall-clock time. */
export const seconds = (work: () => void): number => {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1e9;
};

const findingsHeading = /^## Findings/m;

/**
 * A new run's report followed by the findings written by hand beneath the report it replaces (all from
 * the first "## Findings" heading on), so that re-running a benchmark never loses the analysis; the
 * figures above them are then the newer ones, and a line between says so.
 */
export const withEarlierFindings = (text: string, previous: string): string => {
  const at = previous.search(findingsHeading);
  if (at < 0 || findingsHeading.test(text)) return text;
  return `${text.trimEnd()}\n\nThe findings below were written after an earlier run than the one above.\n\n${previous.slice(at)}`;
};

/** Writes the report where it is kept (making the folder if need be, keeping its findings) and shows it. */
export const writeReport = (path: string, text: string): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, withEarlierFindings(text, existsSync(path) ? readFileSync(path, 'utf8') : ''));
  process.stdout.write(`${text}\nwritten to ${path}\n`);
};
