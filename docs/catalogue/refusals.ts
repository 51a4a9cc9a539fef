import { join } from 'node:path';
import * as ts from 'typescript';
import { PARTNERSHIP_ERROR_CODES } from '@council-partnerships/domain';

/** A refusal a command can meet, with the words its rule gives (values elided). */
export interface Refusal {
  readonly code: string;
  /** The messages the rules give with this code: each is a precondition the command must meet. */
  readonly when: readonly string[];
}

const partnershipDir = join(__dirname, '..', '..', 'packages', 'domain', 'src', 'partnership');
/** Each lifecycle phase's handlers are in its folder's `decisions.ts`. */
const isDecisions = (file: string): boolean => file.endsWith('/decisions.ts');
const codes = new Set<string>(PARTNERSHIP_ERROR_CODES);

/** A refusal message as a reader sees it: the template's values elided, quotes and joins removed. */
const wording = (node: ts.Expression | undefined, source: ts.SourceFile): string => {
  void source;
  if (node === undefined) return '';
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((s) => '…' + s.literal.text).join('');
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return wording(node.left, source) + wording(node.right, source);
  if (ts.isParenthesizedExpression(node)) return wording(node.expression, source);
  return '…';
};

/**
 * Reads the rules' source with the compiler: for each command's handler in a phase's decisions, every
 * refusal code it (or any function it calls in the domain) can give, with the message's words. The
 * catalogue is then generated from the rules themselves and cannot list a refusal they do not make.
 */
export const refusalsByCommand = (): Map<string, Refusal[]> => {
  const files = ts.sys.readDirectory(partnershipDir, ['.ts']).filter(isDecisions);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const result = new Map<string, Refusal[]>();

  const note = (found: Map<string, Set<string>>, code: string, words: string): void => {
    const known = found.get(code) ?? new Set<string>();
    if (words !== '' && words !== '…') known.add(words);
    found.set(code, known);
  };

  const collect = (node: ts.Node, seen: Set<ts.Node>, found: Map<string, Set<string>>): void => {
    if (ts.isCallExpression(node)) {
      const [first, second] = node.arguments;
      if (first !== undefined && ts.isStringLiteral(first) && codes.has(first.text))
        note(found, first.text, wording(second, node.getSourceFile()));
      let symbol = checker.getSymbolAtLocation(node.expression);
      if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias)
        symbol = checker.getAliasedSymbol(symbol);
      for (const declaration of symbol?.declarations ?? []) {
        const file = declaration.getSourceFile().fileName;
        if (!file.includes('/packages/domain/src/') || seen.has(declaration)) continue;
        seen.add(declaration);
        collect(declaration, seen, found);
      }
    } else if (ts.isStringLiteral(node) && codes.has(node.text)) {
      note(found, node.text, '');
    }
    ts.forEachChild(node, (child) => collect(child, seen, found));
  };

  for (const file of program.getSourceFiles().filter((f) => isDecisions(f.fileName))) {
    ts.forEachChild(file, function visit(node): void {
      if (
        ts.isVariableDeclaration(node) &&
        /Handlers$/.test(node.name.getText(file)) &&
        node.initializer !== undefined &&
        ts.isObjectLiteralExpression(node.initializer)
      ) {
        for (const property of node.initializer.properties) {
          if (!ts.isPropertyAssignment(property) && !ts.isMethodDeclaration(property)) continue;
          const found = new Map<string, Set<string>>();
          collect(property, new Set(), found);
          result.set(
            property.name.getText(file),
            [...found]
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([code, when]) => ({ code, when: [...when].sort() })),
          );
        }
      }
      ts.forEachChild(node, visit);
    });
  }
  return result;
};
