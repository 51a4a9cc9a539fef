import { cpus, release, totalmem } from 'node:os';

/** The machine a benchmark ran on, as the header of its report states it. */
export const machineLine = (): string =>
  `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1073741824)} GiB, Linux ${release()}; Node ${process.version}`;

/**
 * The load average before and after the run, as the header of its report states it: the machine is shared,
 * so a figure is read beside how busy it was. `measure` says which figures stand regardless.
 */
export const loadLine = (before: readonly number[], after: readonly number[], measure?: string): string => {
  const load = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(', ');
  const shared = measure === undefined ? 'the machine is shared' : `the machine is shared; ${measure}`;
  return `- Load average: ${load(before)} before, ${load(after)} after (${shared})`;
};
