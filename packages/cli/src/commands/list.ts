import { Command } from 'commander';
import { CliIo, ExitCode } from '../io';
import { renderTable } from '../render/table';
import { listPartnerships } from '../read/partnershipList';
import { readOnDate } from '../replay/partnershipAsOf';
import { ReadCheckFlags, withReadCheckOptions } from '../read/readCheck';
import { readWholeLog } from '../read/wholeLog';
import { StoreOptions, tableLayout, withStore, withStoreOptions, writeJson } from '../session';

/** `partnerships list`: every partnership in the store, with the id every other command accepts. */
export const listCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  withReadCheckOptions(
    withStoreOptions(
      new Command('list').description(
        'list the partnerships the store holds: id (what --partnership takes), title, councils, phase, contracts, events, first and last business date',
      ),
    ),
  ).action(async (options: StoreOptions & ReadCheckFlags) =>
    finish(
      await withStore(io, options, async (store) => {
        const today = readOnDate({}, (io.now ?? (() => new Date()))());
        const listed = await readWholeLog(io, store, options, (onProgress, check) =>
          listPartnerships(store, today, onProgress, check),
        );
        if (listed._tag === 'Left') return listed.left;
        if (options.json) {
          writeJson(io, listed.right);
          return ExitCode.ok;
        }
        if (listed.right.length === 0) {
          io.stdout.write('No partnerships recorded.\n');
          return ExitCode.ok;
        }
        io.stdout.write(
          renderTable(
            [
              { header: 'id', keep: true },
              { header: 'title', maxWidth: 48, flexible: true },
              { header: 'councils', maxWidth: 48, flexible: true },
              { header: 'phase' },
              { header: 'contracts', align: 'right' },
              { header: 'events', align: 'right' },
              { header: 'first', keep: true },
              { header: 'last', keep: true },
            ],
            listed.right.map((p) => [
              p.partnershipId,
              p.title,
              p.councils.join('; ') || '-',
              p.phase ?? '-',
              String(p.contracts),
              String(p.events),
              p.firstBusinessDate ?? '-',
              p.lastBusinessDate ?? '-',
            ]),
            tableLayout(io, options),
          ),
        );
        return ExitCode.ok;
      }),
    ),
  );
