import { Command, Option } from 'commander';
import {
  contractRegister,
  invitationsToCsv,
  parseQuarter,
  registerForQuarter,
  registerGaps,
  registerProjection,
  registerToCsv,
  SupplierDetails,
} from '@council-partnerships/projections';
import { CliIo, ExitCode } from '../io';
import { foldLog } from '../replay/foldLog';
import { readOnDate } from '../replay/partnershipAsOf';
import { readAheadOf } from '../replay/readAhead';
import { ReadCheckFlags, withReadCheckOptions } from '../read/readCheck';
import { readWholeLog } from '../read/wholeLog';
import { fail, withStore, withStoreOptions, writeJson } from '../session';
import { asOfFromFlags, asOfOptions } from './replay';
import { readSupplierFile } from './supplierFile';

interface ExportRegisterOptions extends ReadCheckFlags {
  readonly store?: string;
  readonly format: 'csv' | 'json';
  readonly asOf?: string;
  readonly recordedBy?: string;
  readonly includePipeline?: boolean;
  readonly quarter?: string;
  readonly invitations?: boolean;
  readonly suppliers?: string;
}

export const exportRegisterCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  asOfOptions(
    withReadCheckOptions(
      withStoreOptions(
        new Command('register')
          .description(
            "the council's contract register: every signed contract (Transparency Code columns) with its partnership, phase and next deadline",
          )
          .addOption(
            new Option(
              '--format <format>',
              'csv (RFC 4180, one row per contract) or json (one entry per partnership)',
            )
              .choices(['csv', 'json'])
              .default('csv'),
          )
          .option('--include-pipeline', 'also list partnerships with no signed contract yet (csv)')
          .option(
            '--quarter <YYYY-Qn>',
            'what the Transparency Code publishes for a calendar quarter: contracts over £5,000 in force in it, read on its last day',
          )
          .option(
            '--invitations',
            'with --quarter: the invitations to tender over £5,000 published in the quarter',
          )
          .option(
            '--suppliers <file>',
            'JSON of supplier id to { companyNumber, charityNumber, sme, vcse }: overrides what signing recorded (csv)',
          ),
      ),
    ),
  ).action(async (options: ExportRegisterOptions) => {
    const quarter = options.quarter === undefined ? null : parseQuarter(options.quarter);
    if (quarter !== null && quarter._tag === 'Left') return finish(fail(io, quarter.left));
    if (options.invitations && quarter === null)
      return finish(fail(io, { code: 'InvalidInput', message: '--invitations needs --quarter YYYY-Qn' }));
    const asOf = asOfFromFlags(io, {
      ...options,
      ...(quarter !== null && options.asOf === undefined ? { asOf: quarter.right.endsOn } : {}),
    });
    if (asOf === null) return finish(ExitCode.failed);
    let suppliers: Record<string, SupplierDetails> | undefined;
    if (options.suppliers !== undefined) {
      const read = await readSupplierFile(io, options.suppliers);
      if ('problem' in read) return finish(fail(io, read.problem));
      suppliers = read.ok;
    }
    finish(
      await withStore(io, options, async (store) => {
        const folded = await readWholeLog(io, store, options, (onProgress, check) =>
          foldLog(store, registerProjection, asOf, onProgress, check),
        );
        if (folded._tag === 'Left') return folded.left;
        const now = (io.now ?? (() => new Date()))();
        const today = readOnDate(asOf, now);
        const ahead = readAheadOf(today, now);
        if (ahead !== null) io.stderr.write(`partnerships: read ahead: ${ahead.note}\n`);
        const all = contractRegister(folded.right.state, { today });
        const entries = quarter === null ? all : registerForQuarter(all, quarter.right);
        if (quarter !== null && options.invitations) {
          io.stdout.write(invitationsToCsv(entries, quarter.right));
          return ExitCode.ok;
        }
        const csvOptions = {
          includePipeline: options.includePipeline === true,
          ...(suppliers ? { suppliers } : {}),
        };
        if (options.format === 'json')
          writeJson(io, {
            readOn: today,
            asOf,
            ...(ahead === null ? {} : { readAhead: ahead }),
            partnerships: entries,
          });
        else {
          io.stdout.write(registerToCsv(entries, csvOptions));
          for (const gap of registerGaps(entries, csvOptions))
            io.stderr.write(`partnerships: not published: ${gap}\n`);
        }
        return ExitCode.ok;
      }),
    );
  });
