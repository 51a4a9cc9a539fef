import { IntegrityProblem, IntegrityProblemKind, integrityProblemKinds } from './problems';
import { StreamHeads, streamHeads } from './streamHeads';
import { StreamVerification } from './verifyStream';

/** The outcome of verifying a whole store, as an auditor files it. */
export interface VerificationReport {
  /** True when no problem of any kind was found. */
  readonly intact: boolean;
  readonly streamsChecked: number;
  readonly eventsChecked: number;
  readonly problemCounts: Readonly<Record<IntegrityProblemKind, number>>;
  readonly problems: readonly IntegrityProblem[];
  /** The head of every stream as found, to export as the next anchor. */
  readonly heads: StreamHeads;
  /** Whether the streams were also compared with an earlier anchor. */
  readonly anchorChecked: boolean;
  /** Limits of this verification an auditor should know about (e.g. part of the log unreadable). */
  readonly warnings: readonly string[];
}

export const summariseVerification = (
  streams: readonly StreamVerification[],
  otherProblems: readonly IntegrityProblem[] = [],
  anchorChecked = false,
  warnings: readonly string[] = [],
): VerificationReport => {
  const problems = [...streams.flatMap((s) => s.problems), ...otherProblems];
  const problemCounts = Object.fromEntries(integrityProblemKinds.map((kind) => [kind, 0])) as Record<
    IntegrityProblemKind,
    number
  >;
  for (const found of problems) problemCounts[found.kind] += 1;
  return {
    intact: problems.length === 0,
    streamsChecked: streams.length,
    eventsChecked: streams.reduce((sum, s) => sum + s.eventCount, 0),
    problemCounts,
    problems,
    heads: streamHeads(streams),
    anchorChecked,
    warnings,
  };
};
