import { Command } from 'commander';
import { CliIo, ExitCode } from '../io';
import { checkpointCommand } from './checkpointCommand';
import { proveCommand } from './proveCommand';
import { verifyCheckpointsCommand } from './verifyCheckpointsCommand';
import { verifyProofCommand } from './verifyProofCommand';
import { witnessCommand } from './witnessCommand';

/** The signed-checkpoint commands, added to the program together. */
export const checkpointCommands = (io: CliIo, finish: (code: ExitCode) => void): Command[] => [
  checkpointCommand(io, finish),
  proveCommand(io, finish),
  verifyProofCommand(io, finish),
  verifyCheckpointsCommand(io, finish),
  witnessCommand(io, finish),
];
