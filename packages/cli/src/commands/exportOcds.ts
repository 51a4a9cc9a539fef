import { Command } from 'commander';
import {
  FIND_A_TENDER_OCID_PREFIX,
  ocdsProjection,
  ocdsReleasePackage,
  OcdsState,
} from '@council-partnerships/projections';
import { CliIo, ExitCode } from '../io';
import { foldLog } from '../replay/foldLog';
import { ReadCheckFlags, withReadCheckOptions } from '../read/readCheck';
import { readWholeLog } from '../read/wholeLog';
import { fail, withStore, withStoreOptions } from '../session';

interface ExportOcdsOptions extends ReadCheckFlags {
  readonly store?: string;
  readonly partnership?: string;
  readonly since?: string;
  readonly ocidPrefix?: string;
  readonly publisher?: string;
}

/** The lead council of the first partnership selected: who publishes, unless told. */
const defaultPublisher = (state: OcdsState, partnershipId: string | undefined): string => {
  for (const id of Object.keys(state.partnerships).sort()) {
    const p = Object.prototype.hasOwnProperty.call(state.partnerships, id)
      ? state.partnerships[id]
      : undefined;
    if ((partnershipId === undefined || id === partnershipId) && p?.buyer != null) return p.buyer.name;
  }
  return 'Council';
};

export const exportOcdsCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  withReadCheckOptions(
    withStoreOptions(
      new Command('ocds')
        .description(
          'OCDS 1.1 release package (Find a Tender UK shape): one release per published fact, for the central digital platform or an open data portal',
        )
        .option('--partnership <id>', 'only this partnership')
        .option('--since <YYYY-MM-DD>', 'only releases dated on or after this day')
        .option(
          '--ocid-prefix <prefix>',
          `the registered ocid prefix (default: $PARTNERSHIPS_OCID_PREFIX, else Find a Tender's ${FIND_A_TENDER_OCID_PREFIX})`,
        )
        .option('--publisher <name>', 'who publishes (default: the lead council of the first partnership)'),
    ),
  ).action(async (options: ExportOcdsOptions) => {
    finish(
      await withStore(io, options, async (store) => {
        const folded = await readWholeLog(io, store, options, (onProgress, check) =>
          foldLog(store, ocdsProjection, {}, onProgress, check),
        );
        if (folded._tag === 'Left') return folded.left;
        const state = folded.right.state;
        if (
          options.partnership !== undefined &&
          !Object.prototype.hasOwnProperty.call(state.partnerships, options.partnership)
        ) {
          return fail(io, {
            code: 'UnknownPartnership',
            message: `no partnership ${options.partnership} in this store`,
          });
        }
        const made = ocdsReleasePackage(state, {
          ocidPrefix: options.ocidPrefix ?? io.env?.['PARTNERSHIPS_OCID_PREFIX'] ?? FIND_A_TENDER_OCID_PREFIX,
          publisher: { name: options.publisher ?? defaultPublisher(state, options.partnership) },
          ...(options.partnership === undefined ? {} : { partnershipId: options.partnership }),
          ...(options.since === undefined ? {} : { since: options.since }),
        });
        if (made._tag === 'Left') return fail(io, made.left);
        io.stdout.write(`${JSON.stringify(made.right.package, null, 2)}\n`);
        for (const missing of made.right.missing)
          io.stderr.write(`partnerships: not published: ${missing}\n`);
        return ExitCode.ok;
      }),
    );
  });
