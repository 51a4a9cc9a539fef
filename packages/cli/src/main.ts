import { Command, CommanderError } from 'commander';
import { CliIo, ExitCode } from './io';
import { reportError } from './render/errors';
import { timelineCommand } from './commands/timeline';
import { verifyCommand } from './commands/verify';
import { exportCommand } from './commands/export';
import { replayCommand } from './commands/replay';
import { checkpointCommands } from './checkpoints/commands';
import { listCommand } from './commands/list';
import { showCommand } from './commands/show';
import { diffCommand } from './commands/diff';
import { reportCommand } from './commands/report';
import { CLI_VERSION } from './version';

/** An argument as a usage error quotes it: control characters escaped, a long one cut. */
const quoted = (arg: string): string => {
  const text = JSON.stringify(arg).slice(1, -1);
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
};

/**
 * Usage mistakes read like every other error: one line, a code, what to do, and the argument at fault
 * (commander counts the arguments too many without saying which they are).
 */
const configure = (command: Command, io: CliIo): Command => {
  command.commands.forEach((sub) => configure(sub, io));
  return command.exitOverride().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    outputError: (text) => {
      // A long argument quoted back (an unknown command of 40,000 characters) is cut.
      let message = text
        .trim()
        .replace(/^error: /, '')
        .replace(/'([^']{41,})'/g, (_q, arg: string) => `'${arg.slice(0, 40)}…'`);
      if (message.startsWith('too many arguments')) {
        const extra = command.args.slice(command.registeredArguments.length);
        message = `${message.replace(/\.$/, '')}: ${extra.map(quoted).join(', ')}`;
      }
      reportError(io.stderr, { code: 'UsageError', message: `${message} (see 'partnerships --help')` });
    },
  });
};

/**
 * Runs one command line (the arguments after the program name) and resolves with the exit code.
 * Nothing here touches the process: output, the store and the environment come in through `io`.
 */
export const runCli = async (argv: readonly string[], io: CliIo): Promise<ExitCode> => {
  let exitCode: ExitCode = ExitCode.ok;
  const finish = (code: ExitCode): void => {
    exitCode = code;
  };
  const program = configure(
    new Command('partnerships')
      .description(
        "Auditors' command line for a council partnerships event store: prove the history was not altered, read it, replay it as of any date, export registers.",
      )
      .addHelpText(
        'after',
        "\nExit codes: 0 done (verify: intact), 1 a finding (tampering, or events of an unknown type; readers go on with --allow-tampered, --skip-unknown), 2 could not do it (usage, store, unreadable row).\nConnection strings: 'memory:', 'sqlite:<path>', 'postgres://user@host:5432/db', 'esdb://host:2113'.",
      ),
    io,
  ).version(CLI_VERSION, '-V, --version', 'print the version and exit');
  for (const command of [
    listCommand(io, finish),
    showCommand(io, finish),
    verifyCommand(io, finish),
    timelineCommand(io, finish),
    replayCommand(io, finish),
    diffCommand(io, finish),
    reportCommand(io, finish),
    exportCommand(io, finish),
    ...checkpointCommands(io, finish),
  ]) {
    program.addCommand(configure(command, io));
  }
  try {
    // A package manager's script runner passes on the `--` that ends its own options (`pnpm partnerships
    // -- verify …`); before any command it means nothing to this program.
    await program.parseAsync(argv[0] === '--' ? argv.slice(1) : [...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.failed;
    }
    reportError(io.stderr, {
      code: 'InternalError',
      message: `the command failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
    });
    return ExitCode.failed;
  }
  return exitCode;
};
