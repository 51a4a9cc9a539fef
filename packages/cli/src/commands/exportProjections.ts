import { Command, Option } from 'commander';
import {
  allContractValues,
  auditTimeline,
  contractRegister,
  everyReadModelProjection,
  partnershipPerformance,
} from '@council-partnerships/projections';
import { CliIo, ExitCode } from '../io';
import { foldLog } from '../replay/foldLog';
import { readOnDate } from '../replay/partnershipAsOf';
import { ReadCheckFlags, withReadCheckOptions } from '../read/readCheck';
import { readWholeLog } from '../read/wholeLog';
import { withStore, withStoreOptions, writeJson } from '../session';
import { asOfFromFlags, asOfOptions } from './replay';

interface ExportProjectionsOptions extends ReadCheckFlags {
  readonly store?: string;
  readonly format: 'json';
  readonly asOf?: string;
  readonly recordedBy?: string;
}

export const exportProjectionsCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  asOfOptions(
    withReadCheckOptions(
      withStoreOptions(
        new Command('projections')
          .description(
            'every read model rebuilt from the log: contract value, performance, register and audit timeline of every partnership',
          )
          .addOption(new Option('--format <format>', 'json').choices(['json']).default('json')),
      ),
    ),
  ).action(async (options: ExportProjectionsOptions) => {
    const asOf = asOfFromFlags(io, options);
    if (asOf === null) return finish(ExitCode.failed);
    finish(
      await withStore(io, options, async (store) => {
        const folded = await readWholeLog(io, store, options, (onProgress, check) =>
          foldLog(store, everyReadModelProjection, asOf, onProgress, check),
        );
        if (folded._tag === 'Left') return folded.left;
        const today = readOnDate(asOf, (io.now ?? (() => new Date()))());
        const { value, facts, performance, audit } = folded.right.state;
        writeJson(io, {
          readOn: today,
          asOf,
          eventsRead: folded.right.eventsRead,
          contractValue: allContractValues(value, { today }),
          performance: Object.values(performance.partnerships)
            .sort((a, b) => (a.partnershipId < b.partnershipId ? -1 : 1))
            .map((p) => partnershipPerformance(p, { today })),
          register: contractRegister({ facts, value }, { today }),
          auditTimeline: auditTimeline(audit),
        });
        return ExitCode.ok;
      }),
    );
  });
