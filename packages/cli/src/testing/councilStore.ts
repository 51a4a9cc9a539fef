import { createInMemoryEventStore, InMemoryEventStore } from '@council-partnerships/adapters';
import { createPartnershipHandler, describeError, PartnershipCommand } from '@council-partnerships/domain';
import { testEventId } from '@council-partnerships/testing';
import {
  centralBedfordshire,
  stocktonEmbedded,
  stocktonToLive,
} from '@council-partnerships/projections/testing/stories';

export interface Chapter {
  readonly commands: readonly PartnershipCommand[];
  /** When the store recorded them, if not an hour after each happened (a late return). */
  readonly recordedAt?: string;
}

/**
 * Stockton's reviews of April 2023 confirm its modules embedded, but were only recorded on 1 July
 * 2023: "as of" 31 May 2023 they count, "as recorded by" 31 May 2023 they do not.
 */
export const lateReviewsRecordedOn = '2023-07-01T09:00:00.000Z';

export const defaultChapters: readonly Chapter[] = [
  { commands: stocktonToLive },
  { commands: stocktonEmbedded, recordedAt: lateReviewsRecordedOn },
  { commands: centralBedfordshire },
];

/**
 * A council's store with real partnership histories told through the command handler. Each command
 * is recorded one hour after the business time it states (never going back in time), unless its
 * chapter says when, so that "as of" a business date and "as recorded by" an instant differ.
 */
export const councilStore = async (
  chapters: readonly Chapter[] = defaultChapters,
): Promise<InMemoryEventStore> => {
  let now = 0;
  const store = createInMemoryEventStore({ clock: () => new Date(now) });
  const handle = createPartnershipHandler({ store, newEventId: testEventId });
  for (const chapter of chapters) {
    for (const command of chapter.commands) {
      const at =
        chapter.recordedAt === undefined
          ? Date.parse(command.metadata.occurredAt) + 3_600_000
          : Date.parse(chapter.recordedAt);
      now = Math.max(now + 1000, at);
      const handled = await handle(command);
      if (handled._tag === 'Left') throw new Error(`${command.type} refused: ${describeError(handled.left)}`);
    }
  }
  return store;
};
