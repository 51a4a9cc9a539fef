import { CouncilPolicy, PartnershipCommand } from '@council-partnerships/domain';
import { dueAt, inRecordingOrder } from './telling/recording';
import { Step } from './telling/script';

/**
 * One source document told once: the commands in the order a council system would send them, the
 * council's policy, and what the telling had to invent. The figures the document states are exported
 * beside each seed, in its own words, for the tests and the examples to check against.
 */
export interface Seed {
  readonly key: string;
  readonly title: string;
  /** The source document in the design brief's seeds. */
  readonly document: string;
  readonly partnershipId: string;
  readonly councilName: string;
  /** The council's configuration (governance thresholds, permissions); the library default if omitted. */
  readonly policy?: (base: CouncilPolicy) => CouncilPolicy;
  /** The history, as written: a contract or a module at a time (see `inRecordingOrder`). */
  readonly steps: readonly Step[];
  /**
   * Named points the story passes (e.g. "live", "embedded"): the instant by which everything before
   * the point has been recorded and nothing after it. Tests stop a story there.
   */
  readonly chapters: Readonly<Record<string, string>>;
  /** Facts the document does not give that the lifecycle needs: invented, plausible, and said to be. */
  readonly illustrative: readonly string[];
  /** Where the record departs from the document's words, and why. */
  readonly notes?: readonly string[];
}

const instantOf = (seed: Seed, chapter: string | undefined, otherwise: number): number => {
  if (chapter === undefined) return otherwise;
  const at = seed.chapters[chapter];
  if (at === undefined) throw new Error(`${seed.key} has no chapter "${chapter}"`);
  return Date.parse(at);
};

export interface ChapterRange {
  /** From this named point (the start of the story if omitted). */
  readonly from?: string;
  /** Up to this named point (the end of the story if omitted). */
  readonly to?: string;
}

/** The steps of a seed recorded between two named points, in the order they were recorded. */
export const stepsOf = (seed: Seed, range: ChapterRange = {}): readonly Step[] => {
  const from = instantOf(seed, range.from, -Infinity);
  const to = instantOf(seed, range.to, Infinity);
  return inRecordingOrder(seed.steps).filter((step) => dueAt(step) >= from && dueAt(step) < to);
};

/**
 * The commands of those steps that the rules accept. A step the story expects to be refused shows a
 * rule at work; a read model is told only the history that was recorded.
 */
export const commandsOf = (seed: Seed, range: ChapterRange = {}): PartnershipCommand[] =>
  stepsOf(seed, range)
    .filter((step) => step.expectRefusal === undefined)
    .map((step) => step.command);

/** A step the story expects to be refused, with the history recorded (and accepted) before it. */
export interface ExpectedRefusal {
  readonly command: PartnershipCommand;
  readonly code: string;
  readonly note: string | null;
  readonly before: readonly PartnershipCommand[];
}

/** Every refusal a seed's story expects, in the order they were recorded. */
export const expectedRefusalsOf = (seed: Seed): readonly ExpectedRefusal[] => {
  const steps = stepsOf(seed);
  return steps.flatMap((step, at) =>
    step.expectRefusal === undefined
      ? []
      : [
          {
            command: step.command,
            code: step.expectRefusal,
            note: step.note ?? null,
            before: steps
              .slice(0, at)
              .filter((s) => s.expectRefusal === undefined)
              .map((s) => s.command),
          },
        ],
  );
};
