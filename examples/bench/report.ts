import { mkdirSync, writeFileSync } from 'node:fs';
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

/** Writes the report where it is kept (making the folder if need be) and shows it. */
export const writeReport = (path: string, text: string): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  process.stdout.write(`${text}\nwritten to ${path}\n`);
};
