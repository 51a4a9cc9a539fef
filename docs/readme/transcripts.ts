/**
 * The shell commands a README shows, read from its fenced blocks: `sh`, `bash` and `shell` blocks
 * hold commands one a line; `console` blocks hold a transcript, `$ command` followed by what it
 * printed. A `cd <dir>` line sets the directory of the commands after it in the same block, and
 * `$ echo $?` followed by a number is the exit code the command before it is documented to end with.
 */
export interface DocumentedCommand {
  /** The markdown file, relative to the repository root, and the line the command starts on. */
  readonly file: string;
  readonly line: number;
  /** The command as a reader would paste it (continuation lines joined). */
  readonly command: string;
  /** The directory the block moved to with `cd`, relative to the root; null: the root. */
  readonly cwd: string | null;
  /** What a transcript shows the command printing (null in an `sh` block, which shows no output). */
  readonly shown: readonly string[] | null;
  /** The exit code the transcript documents with `echo $?`, else 0. */
  readonly exitCode: number;
}

export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

const COMMAND_BLOCKS = new Set(['sh', 'bash', 'shell']);

interface Block {
  readonly info: string;
  /** Line number (1-based) of the block's first content line. */
  readonly start: number;
  readonly lines: readonly string[];
}

const blocksOf = (markdown: string): Block[] => {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```(\S*)/.exec(lines[i]!);
    if (open === null) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.startsWith('```')) {
      body.push(lines[j]!);
      j += 1;
    }
    blocks.push({ info: open[1]!, start: i + 2, lines: body });
    i = j;
  }
  return blocks;
};

/** A line ending in a backslash goes on with the next: returns the joined command and the lines it took. */
const joined = (lines: readonly string[], from: number): { text: string; taken: number } => {
  let text = lines[from]!;
  let taken = 1;
  while (text.endsWith('\\') && from + taken < lines.length) {
    text = text.slice(0, -1).trimEnd() + ' ' + lines[from + taken]!.trim();
    taken += 1;
  }
  return { text, taken };
};

const cdTarget = (command: string): string | null => /^cd\s+(\S+)$/.exec(command)?.[1] ?? null;

export const readTranscripts = (
  file: string,
  markdown: string,
): { commands: DocumentedCommand[]; problems: Problem[] } => {
  const commands: DocumentedCommand[] = [];
  const problems: Problem[] = [];
  for (const block of blocksOf(markdown)) {
    let cwd: string | null = null;
    if (COMMAND_BLOCKS.has(block.info)) {
      for (let i = 0; i < block.lines.length;) {
        const { text, taken } = joined(block.lines, i);
        const command = text.trim();
        if (command !== '' && !command.startsWith('#')) {
          const to = cdTarget(command);
          if (to !== null) cwd = to;
          else commands.push({ file, line: block.start + i, command, cwd, shown: null, exitCode: 0 });
        }
        i += taken;
      }
      continue;
    }
    if (block.info === '')
      problems.push({
        file,
        line: block.start,
        message:
          'a fenced block names its language (sh for commands, console for a transcript, text for neither)',
      });
    if (block.info !== 'console') continue;
    if (!block.lines[0]?.startsWith('$ '))
      problems.push({ file, line: block.start, message: 'a console block starts with a "$ " command' });
    let current: { line: number; command: string; shown: string[]; exitCode: number } | null = null;
    const flush = () => {
      if (current !== null) commands.push({ file, cwd, ...current });
      current = null;
    };
    for (let i = 0; i < block.lines.length;) {
      const line = block.lines[i]!;
      if (!line.startsWith('$ ')) {
        current?.shown.push(line);
        i += 1;
        continue;
      }
      const { text, taken } = joined(block.lines, i);
      const command = text.slice(2).trim();
      if (command === 'echo $?') {
        const code = block.lines[i + taken];
        if (current === null || code === undefined || !/^\d+$/.test(code))
          problems.push({
            file,
            line: block.start + i,
            message: '"$ echo $?" must follow a command and show a number',
          });
        else current.exitCode = Number(code);
        i += taken + 1;
        continue;
      }
      flush();
      const to = cdTarget(command);
      if (to !== null) cwd = to;
      else current = { line: block.start + i, command, shown: [], exitCode: 0 };
      i += taken;
    }
    flush();
  }
  return { commands, problems };
};

/**
 * Is the output what the transcript shows? Shown lines must appear in order, one for one, except
 * where the transcript has a line that is just `…` (any number of lines, at the end: the rest);
 * within a line, `…` stands for anything, as a README elides a long cell. Returns null when it
 * matches, or the first shown line it could not find.
 */
export const unmatchedLine = (shown: readonly string[], output: string): string | null => {
  const actual = output.replace(/\n$/, '').split('\n');
  const pattern = (line: string) =>
    new RegExp(
      '^' +
        line
          .split('…')
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*') +
        '$',
    );
  let at = 0;
  let skipping = false;
  for (const line of shown) {
    if (line.trim() === '…') {
      skipping = true;
      continue;
    }
    const re = pattern(line.trimEnd());
    if (skipping) {
      while (at < actual.length && !re.test(actual[at]!.trimEnd())) at += 1;
      if (at === actual.length) return line;
    } else if (at >= actual.length || !re.test(actual[at]!.trimEnd())) return line;
    at += 1;
    skipping = false;
  }
  if (!skipping && at < actual.length) return `(the end of the output, before: ${actual[at]})`;
  return null;
};
