import { Command } from 'commander';
import {
  decodeInclusionProofFile,
  invalidInput,
  parseJsonText,
  verifyInclusionProofFile,
} from '@council-partnerships/domain';
import { CliIo, ExitCode } from '../io';
import { fail, writeJson } from '../session';
import { loadPublicKey, readText, refuseOrFail } from './inputs';

interface VerifyProofOptions {
  readonly publicKey: string;
  readonly json?: boolean;
}

/** Checks an inclusion proof with the log's public key alone: no store, no database. */
export const verifyProofCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  new Command('verify-proof')
    .description(
      "check a proof written by partnerships prove with the log's public key alone (no store): the checkpoint's signature, the event's hash and its path to the signed root",
    )
    .argument('<file>', 'the proof file')
    .requiredOption('--public-key <file>', "the log's Ed25519 public key, PEM")
    .option('--json', 'write JSON to stdout instead of a sentence')
    .addHelpText(
      'after',
      '\nExit codes: 0 proven, 1 the proof does not verify (altered), 2 could not read it.',
    )
    .action(async (file: string, options: VerifyProofOptions) => {
      const key = await loadPublicKey(io, options.publicKey);
      if (key._tag === 'Left') return finish(fail(io, key.left));
      const text = await readText(io, file, 'proof');
      if (text._tag === 'Left') return finish(fail(io, text.left));
      const json = parseJsonText(text.right);
      if (json._tag === 'Left')
        return finish(fail(io, invalidInput(`${file} is not JSON, so not an inclusion proof`, ['proof'])));
      const proof = decodeInclusionProofFile(json.right);
      if (proof._tag === 'Left')
        return finish(fail(io, { ...proof.left, message: `${file}: ${proof.left.message}` }));
      const verified = verifyInclusionProofFile(proof.right, key.right);
      if (verified._tag === 'Left')
        return finish(refuseOrFail(io, { ...verified.left, message: `${file}: ${verified.left.message}` }));
      const { checkpoint, event, leafIndex } = verified.right;
      if (options.json) {
        writeJson(io, {
          proven: true,
          origin: checkpoint.origin,
          treeSize: checkpoint.size,
          leafIndex,
          event,
        });
      } else {
        io.stdout.write(
          `Proven: event ${event.eventId} (${event.type}, stream ${event.streamId} version ${event.streamVersion}, global position ${event.globalPosition}) is entry ${leafIndex} of the ${checkpoint.size} events the checkpoint of ${checkpoint.origin} signed.\n`,
        );
      }
      finish(ExitCode.ok);
    });
