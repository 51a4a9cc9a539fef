import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A directory of the suite's own for the stores a snippet writes, made before its tests and removed
 * after them, so no run sees another's files. Call it in a `describe`; read the path inside a test.
 */
export const scratchDirectory = (prefix: string): (() => string) => {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (dir === undefined) throw new Error('the scratch directory is made before the tests run');
    return dir;
  };
};
