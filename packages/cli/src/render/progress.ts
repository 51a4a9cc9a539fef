import { OutputStream } from '../io';

export interface Progress {
  update(done: number, total: number, label?: string): void;
  /** Clears the bar so the result prints on a clean line. */
  finish(): void;
}

const silent: Progress = { update: () => undefined, finish: () => undefined };

/**
 * A one-line progress bar redrawn in place on stderr. Only drawn on a terminal: in a pipe or a log
 * file it would be noise, and stdout stays clean for the result either way.
 */
export const createProgress = (
  stream: OutputStream,
  title: string,
  options: { now?: () => number; intervalMs?: number } = {},
): Progress => {
  if (stream.isTTY !== true) return silent;
  const now = options.now ?? Date.now;
  const intervalMs = options.intervalMs ?? 100;
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update: (done, total, label = '') => {
      const at = now();
      if (at - lastDraw < intervalMs && done < total) return;
      lastDraw = at;
      const width = 24;
      const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : 0;
      const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
      // With no total known (the global log), a count is all there is to show.
      const text = total > 0 ? `${title} [${bar}] ${done}/${total} ${label}` : `${title} ${done} ${label}`;
      const columns = stream.columns ?? 80;
      stream.write(`\r${text.slice(0, columns - 1)}\x1b[K`);
      drawn = true;
    },
    finish: () => {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
};
