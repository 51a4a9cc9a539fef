import { readTranscripts, unmatchedLine } from './transcripts';

const fence = '```';

describe('reading the commands a README shows', () => {
  it('takes sh lines as commands, joins continuations and follows cd', () => {
    const { commands, problems } = readTranscripts(
      'X.md',
      `${fence}sh\ncd examples\npnpm simulate -- --seed 9 \\\n  --json   # comment\n${fence}\n`,
    );
    expect(problems).toEqual([]);
    expect(commands).toEqual([
      {
        file: 'X.md',
        line: 3,
        command: 'pnpm simulate -- --seed 9 --json   # comment',
        cwd: 'examples',
        shown: null,
        exitCode: 0,
      },
    ]);
  });

  it('takes a console transcript: each command, what it printed, and the exit code echo $? shows', () => {
    const { commands } = readTranscripts('X.md', `${fence}console\n$ a\nout\n$ echo $?\n1\n$ b\n${fence}\n`);
    expect(commands.map((c) => [c.command, c.shown, c.exitCode])).toEqual([
      ['a', ['out'], 1],
      ['b', [], 0],
    ]);
  });

  it('refuses a block that does not name its language', () => {
    expect(readTranscripts('X.md', `${fence}\n$ a\n${fence}\n`).problems).toHaveLength(1);
  });
});

describe('matching shown output', () => {
  it('matches line for line, … standing for anything within a line or for the rest of the lines', () => {
    expect(unmatchedLine(['a', 'b…d'], 'a\nbcd\n')).toBeNull();
    expect(unmatchedLine(['a', '…', 'z'], 'a\nb\nc\nz\n')).toBeNull();
    expect(unmatchedLine(['a', '…'], 'a\nb\n')).toBeNull();
  });

  it('names the first shown line the output lacks, and output past the end of a full transcript', () => {
    expect(unmatchedLine(['a', 'x'], 'a\nb\n')).toBe('x');
    expect(unmatchedLine(['a'], 'a\nb\n')).toBe('(the end of the output, before: b)');
  });
});
