import { expect as standaloneExpect } from 'expect';

/** Jest's `expect`, whichever runner the kit is used under. */
export type Expect = typeof standaloneExpect;

/**
 * What the shared specifications need of a test runner. Jest's globals fit, and so does Node's own
 * runner: `import { describe, it, beforeEach, afterEach } from 'node:test'`, so jest is optional.
 */
export interface TestRunner {
  readonly describe: (name: string, body: () => void) => unknown;
  readonly it: (name: string, body: () => Promise<void> | void) => unknown;
  readonly beforeEach: (body: () => Promise<void> | void) => unknown;
  readonly afterEach: (body: () => Promise<void> | void) => unknown;
}

/** The runner given, or the global one (Jest, Vitest with globals, Mocha); refused plainly if none. */
export const testRunner = (given?: TestRunner): TestRunner => {
  if (given !== undefined) return given;
  const globals = globalThis as unknown as Partial<TestRunner>;
  const { describe, it, beforeEach, afterEach } = globals;
  if (describe === undefined || it === undefined || beforeEach === undefined || afterEach === undefined) {
    throw new Error(
      "no test runner: run this under Jest, or pass { runner: { describe, it, beforeEach, afterEach } } from 'node:test'",
    );
  }
  return { describe, it, beforeEach, afterEach };
};

/** Jest's global `expect` under Jest; otherwise the same matchers from the standalone `expect` package. */
export const expectOf = (): Expect =>
  (globalThis as unknown as { expect?: Expect }).expect ?? standaloneExpect;
