import { cpus, release, totalmem } from 'node:os';

/** The machine a benchmark ran on, as the header of its report states it. */
export const machineLine = (): string =>
  `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1073741824)} GiB, Linux ${release()}; Node ${process.version}`;
