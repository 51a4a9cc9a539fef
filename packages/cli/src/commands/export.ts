import { Command } from 'commander';
import { CliIo, ExitCode } from '../io';
import { exportHeadsCommand } from './exportHeads';

export const exportCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  new Command('export')
    .description('export registers, read models or stream heads for filing or for other systems')
    .addCommand(exportHeadsCommand(io, finish));
