import { Command } from 'commander';
import { partnershipEventRegistry } from '@council-partnerships/domain';
import { summarise } from '@council-partnerships/projections';
import { CliIo, ExitCode } from '../io';
import { findEvent, parseEventReference, ShownEvent } from '../read/findEvent';
import { ReadCheckFlags } from '../read/readCheck';
import { settleFindings } from '../read/settleFindings';
import { fail, StoreOptions, withStore, withStoreOptions, writeJson } from '../session';

interface ShowOptions extends StoreOptions, Pick<ReadCheckFlags, 'allowTampered'> {
  readonly event: string;
}

const verdict = (shown: Pick<ShownEvent, 'event' | 'chain'>): string => {
  const { chain, event } = shown;
  if (chain.hashRecomputes && chain.linksToPrevious && chain.streamIntact) {
    return `Chain: verifies. Its content gives its stored hash, it links to version ${event.streamVersion - 1 || '(none: first event)'}, and every event of ${event.streamId} verifies.`;
  }
  const findings = [
    chain.hashRecomputes
      ? null
      : 'its content no longer gives its stored hash: it was changed after it was recorded',
    chain.linksToPrevious
      ? null
      : 'its previous hash is not the stored hash of the event before it in its stream',
    chain.streamIntact ? null : `the stream ${event.streamId} does not verify (run 'partnerships verify')`,
  ].filter((f): f is string => f !== null);
  const named = chain.problems.map((p) => `  - ${p.kind}: ${p.message}\n`).join('');
  return `Chain: DOES NOT VERIFY: ${findings.join('; ')}.\n${named}`.trimEnd();
};

/** The envelope, then the payload as stored, then what the chain says about it. */
export const renderShownEvent = ({ event, chain }: ShownEvent): string => {
  const decoded = partnershipEventRegistry.decode(event);
  const what = decoded._tag === 'Right' ? summarise(decoded.right) : null;
  const actor = event.actor;
  const lines = [
    `Event ${event.eventId}`,
    ...(what === null ? [] : [`What: ${what}`]),
    `Type: ${event.type} (schema version ${event.schemaVersion})`,
    `Stream: ${event.streamId}, version ${event.streamVersion}; global position ${event.globalPosition}`,
    `Occurred at: ${event.occurredAt}`,
    `Recorded at: ${event.recordedAt}`,
    `Actor: ${actor.name ?? actor.id} (id ${actor.id}, role ${actor.role}${actor.organisation ? `, ${actor.organisation}` : ''})`,
    `Command: ${event.commandId}; correlation ${event.correlationId}; causation ${event.causationId ?? '-'}`,
    `Hash: ${event.hash}`,
    `Previous hash: ${event.previousHash ?? '(none: first event of its stream)'}`,
    verdict({ event, chain }),
    'Payload:',
    JSON.stringify(event.data, null, 2),
  ];
  return `${lines.join('\n')}\n`;
};

/** `partnerships show --event`: one event in full, as the store now holds it, and whether it verifies. */
export const showCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  withStoreOptions(
    new Command('show')
      .description(
        'show one event in full: its envelope, its payload as stored, its hash and previous hash, and whether its chain verifies',
      )
      .requiredOption(
        '--event <event id | global position>',
        'the event: its id (a uuid) or its global position',
      )
      .option(
        '--allow-tampered',
        "exit 0 even when the event's stream does not verify (the findings are still written to stderr)",
      ),
  ).action(async (options: ShowOptions) => {
    const reference = parseEventReference(options.event);
    if (reference._tag === 'Left') return finish(fail(io, reference.left));
    finish(
      await withStore(io, options, async (store) => {
        const shown = await findEvent(store, reference.right);
        if (shown._tag === 'Left') return fail(io, shown.left);
        if (options.json) writeJson(io, { ...shown.right.event, chain: shown.right.chain });
        else io.stdout.write(renderShownEvent(shown.right));
        // The event is shown whatever its chain says (showing what an altered event now says is the
        // point), with its verdict; the exit code and stderr say that its stream does not verify.
        return (
          settleFindings(io, { problems: shown.right.streamProblems, unknownTypes: [] }, options) ??
          ExitCode.ok
        );
      }),
    );
  });
