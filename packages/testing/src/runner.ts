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

/**
 * Opens a fresh harness before each test and closes it after (its `close`, or else its store's):
 * `harness()` is the harness of the test running now and `store()` its store (there is none outside a test).
 */
export const harnessPerTest = <
  H extends { readonly store: { close(): Promise<void> }; readonly close?: () => Promise<void> },
>(
  runner: Pick<TestRunner, 'beforeEach' | 'afterEach'>,
  open: () => Promise<H>,
): { readonly harness: () => H; readonly store: () => H['store'] } => {
  let current: H | undefined;
  runner.beforeEach(async () => {
    current = await open();
  });
  runner.afterEach(async () => {
    const closing = current;
    current = undefined;
    if (closing !== undefined) await (closing.close ?? (() => closing.store.close()))();
  });
  const harness = (): H => {
    if (current === undefined) throw new Error('a harness is open only while a test runs');
    return current;
  };
  return { harness, store: () => harness().store };
};
