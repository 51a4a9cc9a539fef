/**
 * The code a page shows, tied to the file it comes from. A TypeScript or JavaScript block is
 * preceded, on the line just above its fence, by a marker naming that file, and optionally a region
 * of it:
 *
 *   <!-- snippet: docs/examples/quick-start.ts -->          the whole file
 *   <!-- snippet: docs/examples/guide.ts#wire -->           the lines between `// #region wire`
 *                                                           and `// #endregion wire`, dedented
 *
 * The marker is an HTML comment, so a reader never sees it. The file is type-checked and run by the
 * tests; the block must be that text exactly, so a reader who copies it copies what was run.
 */
export const CODE_LANGUAGES: ReadonlySet<string> = new Set([
  'ts',
  'typescript',
  'tsx',
  'js',
  'javascript',
  'jsx',
  'mjs',
  'cjs',
]);

export interface ShownSnippet {
  /** The markdown file, relative to the repository root, and the line of the block's fence. */
  readonly file: string;
  readonly line: number;
  /** The file the code comes from, relative to the repository root, and the region shown (null: all). */
  readonly source: string;
  readonly region: string | null;
  /** The block's text, without its fences, ending in a newline. */
  readonly text: string;
}

export interface SnippetProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

const MARKER = /^<!-- snippet: (\S+?)(?:#(\S+))? -->$/;

/** Every code block of a page with the file it comes from, and every block or marker out of place. */
export const readSnippets = (
  file: string,
  markdown: string,
): { snippets: ShownSnippet[]; problems: SnippetProblem[] } => {
  const lines = markdown.split('\n');
  const snippets: ShownSnippet[] = [];
  const problems: SnippetProblem[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const marker = MARKER.exec(line);
    const next = lines[i + 1];
    const opensCode = (l: string | undefined) => {
      const info = /^```(\S*)/.exec(l ?? '');
      return info !== null && CODE_LANGUAGES.has(info[1]!);
    };
    if (marker !== null && !opensCode(next))
      problems.push({ file, line: i + 1, message: 'a snippet marker is followed at once by a code block' });
    if (line.startsWith('<!-- snippet') && marker === null)
      problems.push({
        file,
        line: i + 1,
        message: 'a snippet marker reads `<!-- snippet: path/from/the/root.ts -->` or `…ts#region -->`',
      });
    const open = /^```(\S*)/.exec(line);
    if (open === null) continue;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.startsWith('```')) end += 1;
    if (CODE_LANGUAGES.has(open[1]!)) {
      const above = MARKER.exec(lines[i - 1] ?? '');
      if (above === null)
        problems.push({
          file,
          line: i + 1,
          message: `a ${open[1]} block is shown from a checked file: put <!-- snippet: docs/examples/….ts --> on the line above it`,
        });
      else
        snippets.push({
          file,
          line: i + 1,
          source: above[1]!,
          region: above[2] ?? null,
          text: lines.slice(i + 1, end).join('\n') + '\n',
        });
    }
    i = end;
  }
  return { snippets, problems };
};

/** The regions of a source file marked `// #region name` … `// #endregion name`, each dedented. */
export const regionsOf = (source: string): Map<string, string> => {
  const found = new Map<string, string>();
  for (const match of source.matchAll(/^ *\/\/ #region (\S+)\n([\s\S]*?)^ *\/\/ #endregion \1\n/gm)) {
    const lines = match[2]!.replace(/\n$/, '').split('\n');
    const indent = Math.min(
      ...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length),
    );
    found.set(match[1]!, lines.map((l) => l.slice(indent)).join('\n') + '\n');
  }
  return found;
};

/** What a marker says the block shows: the whole source, or one region of it (null: no such region). */
export const shownText = (source: string, region: string | null): string | null =>
  region === null ? source : (regionsOf(source).get(region) ?? null);
