import { Command } from 'commander';
import { CliIo, ExitCode } from '../io';
import { exportHeadsCommand } from './exportHeads';
import { exportOcdsCommand } from './exportOcds';
import { exportProjectionsCommand } from './exportProjections';
import { exportRegisterCommand } from './exportRegister';

export const exportCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  new Command('export')
    .description('export registers, read models or stream heads for filing or for other systems')
    .addCommand(exportRegisterCommand(io, finish))
    .addCommand(exportProjectionsCommand(io, finish))
    .addCommand(exportHeadsCommand(io, finish))
    .addCommand(exportOcdsCommand(io, finish));
