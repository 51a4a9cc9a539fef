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

/**
 * The words a helper's text parameters stand for at the call being followed: a helper that words a
 * refusal from a phrase its caller passes ("design briefs are issued") shows the caller's phrase.
 */
type Phrases = ReadonlyMap<string, string>;

/** A refusal message as a reader sees it: the template's values elided, quotes and joins removed. */
const wording = (node: ts.Expression | undefined, phrases: Phrases): string => {
  if (node === undefined) return '';
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return (
      node.head.text +
      node.templateSpans
        .map(
          (s) =>
            (ts.isIdentifier(s.expression) ? (phrases.get(s.expression.text) ?? '…') : '…') + s.literal.text,
        )
        .join('')
    );
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return wording(node.left, phrases) + wording(node.right, phrases);
  if (ts.isParenthesizedExpression(node)) return wording(node.expression, phrases);
  return '…';
};

/** The string literals a call passes, by the name of the parameter each is passed for. */
const phrasesOf = (call: ts.CallExpression, declaration: ts.Declaration): Phrases => {
  const fn = ts.isVariableDeclaration(declaration) ? declaration.initializer : declaration;
  const phrases = new Map<string, string>();
  if (
    fn === undefined ||
    !(ts.isArrowFunction(fn) || ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn))
  )
    return phrases;
  fn.parameters.forEach((parameter, i) => {
    const argument = call.arguments[i];
    if (ts.isIdentifier(parameter.name) && argument !== undefined && ts.isStringLiteralLike(argument))
      phrases.set(parameter.name.text, argument.text);
  });
  return phrases;
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

  const collect = (
    node: ts.Node,
    seen: Set<ts.Node>,
    found: Map<string, Set<string>>,
    phrases: Phrases = new Map(),
  ): void => {
    if (ts.isCallExpression(node)) {
      const [first, second] = node.arguments;
      if (first !== undefined && ts.isStringLiteral(first) && codes.has(first.text))
        note(found, first.text, wording(second, phrases));
      let symbol = checker.getSymbolAtLocation(node.expression);
      if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias)
        symbol = checker.getAliasedSymbol(symbol);
      for (const declaration of symbol?.declarations ?? []) {
        const file = declaration.getSourceFile().fileName;
        if (!file.includes('/packages/domain/src/') || seen.has(declaration)) continue;
        seen.add(declaration);
        collect(declaration, seen, found, phrasesOf(node, declaration));
      }
    } else if (ts.isStringLiteral(node) && codes.has(node.text)) {
      note(found, node.text, '');
    }
    ts.forEachChild(node, (child) => collect(child, seen, found, phrases));
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
