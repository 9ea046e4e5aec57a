// What one source file says about its place in the house, read from its syntax tree: what it
// imports, which global names it uses, the storage keys it spells out and the globals it declares.
import ts from 'typescript';

export interface ImportFact {
  specifier: string;
  line: number;
  /** The names it takes (`default` for a default import, `*` for a namespace or side effect). */
  names: string[];
}

export interface UseFact {
  name: string;
  line: number;
}

export interface SourceFacts {
  imports: ImportFact[];
  /** Names used as references that the file does not declare itself: globals. */
  globals: UseFact[];
  /** String literals that spell a storage key with its area ("local:settings"). */
  storageKeys: UseFact[];
  /** `browser.storage` or `chrome.storage`, reached for directly. */
  storageAccess: UseFact[];
  /** Globals the file declares for itself (`declare const chrome: ...`). */
  ambient: UseFact[];
  /** Exported constants whose value is a string: a store's keys are such constants. */
  stringConstants: string[];
}

/** A storage key as WXT's storage spells it: its area, a colon and its name. */
export const STORAGE_KEY_LITERAL = /^(local|session|sync|managed):/;

const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self']);

function scriptKind(path: string): ts.ScriptKind {
  if (path.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (path.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(path)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

const hasDeclare = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) &&
  !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);

const isExported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) &&
  !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The identifiers a binding declares: `x`, `{ a, b: c }`, `[d, ...e]`. */
function bindingNames(name: ts.BindingName, into: Set<string>): void {
  if (ts.isIdentifier(name)) into.add(name.text);
  else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bindingNames(el.name, into);
}

/** Every name the file declares anywhere: a reference to one of them is not a global. */
function declaredNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) ||
      ts.isParameter(node) ||
      ts.isBindingElement(node) ||
      ts.isCatchClause(node)
    ) {
      const name = ts.isCatchClause(node) ? node.variableDeclaration?.name : node.name;
      if (name) bindingNames(name, names);
    } else if (
      (ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isClassExpression(node) ||
        ts.isFunctionExpression(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isEnumDeclaration(node) ||
        ts.isTypeParameterDeclaration(node) ||
        ts.isImportClause(node) ||
        ts.isNamespaceImport(node) ||
        ts.isImportSpecifier(node) ||
        ts.isImportEqualsDeclaration(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      names.add(node.name.text);
    } else if (ts.isModuleDeclaration(node) && ts.isIdentifier(node.name)) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/** Whether an identifier stands for a value or type by its own name (not a property's name). */
function isReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false;
  if (ts.isQualifiedName(p) && p.right === id) return false;
  if (ts.isShorthandPropertyAssignment(p)) return true;
  if ('name' in p && (p as { name?: ts.Node }).name === id) return false;
  if ('propertyName' in p && (p as { propertyName?: ts.Node }).propertyName === id) return false;
  if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) return false;
  if (ts.isJsxAttribute(p) || ts.isJsxNamespacedName(p)) return false;
  return true;
}

function importNames(node: ts.ImportDeclaration): string[] {
  const clause = node.importClause;
  if (!clause) return ['*'];
  const names: string[] = [];
  if (clause.name) names.push('default');
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
  if (bindings && ts.isNamedImports(bindings)) {
    for (const el of bindings.elements) names.push((el.propertyName ?? el.name).text);
  }
  return names;
}

export function readSourceFacts(path: string, text: string): SourceFacts {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(path));
  const own = declaredNames(file);
  const facts: SourceFacts = {
    imports: [],
    globals: [],
    storageKeys: [],
    storageAccess: [],
    ambient: [],
    stringConstants: [],
  };
  const line = (node: ts.Node): number =>
    file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const addImport = (spec: ts.Node | undefined, node: ts.Node, names: string[]): void => {
    if (spec && ts.isStringLiteralLike(spec)) {
      facts.imports.push({ specifier: spec.text, line: line(node), names });
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      addImport(node.moduleSpecifier, node, importNames(node));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const names =
        node.exportClause && ts.isNamedExports(node.exportClause)
          ? node.exportClause.elements.map((el) => (el.propertyName ?? el.name).text)
          : ['*'];
      addImport(node.moduleSpecifier, node, names);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      addImport(node.moduleReference.expression, node, ['*']);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      // Only an import of a fixed name is part of the graph; a computed one is a runtime load.
      addImport(node.arguments[0], node, ['*']);
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg)) addImport(arg.literal, node, ['*']);
    } else if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node)
    ) {
      if (STORAGE_KEY_LITERAL.test(node.text) && !ts.isImportDeclaration(node.parent)) {
        facts.storageKeys.push({ name: node.text, line: line(node) });
      }
    } else if (ts.isIdentifier(node) && isReference(node) && !own.has(node.text)) {
      facts.globals.push({ name: node.text, line: line(node) });
    } else if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      !own.has(node.expression.text)
    ) {
      // `globalThis.document` reaches the same global as `document`.
      if (GLOBAL_OBJECTS.has(node.expression.text)) {
        facts.globals.push({ name: node.name.text, line: line(node) });
      }
      if (/^(browser|chrome)$/.test(node.expression.text) && node.name.text === 'storage') {
        facts.storageAccess.push({ name: `${node.expression.text}.storage`, line: line(node) });
      }
    }

    if (hasDeclare(node) && (ts.isVariableStatement(node) || ts.isFunctionDeclaration(node))) {
      const names = new Set<string>();
      if (ts.isVariableStatement(node)) {
        for (const d of node.declarationList.declarations) bindingNames(d.name, names);
      } else if (node.name) names.add(node.name.text);
      for (const name of names) facts.ambient.push({ name, line: line(node) });
    } else if (ts.isModuleDeclaration(node) && node.name.text === 'global') {
      facts.ambient.push({ name: 'global', line: line(node) });
    }

    if (ts.isVariableStatement(node) && isExported(node)) {
      for (const d of node.declarationList.declarations) {
        const init = d.initializer;
        if (
          ts.isIdentifier(d.name) &&
          init &&
          (ts.isStringLiteralLike(init) || ts.isTemplateExpression(init))
        ) {
          facts.stringConstants.push(d.name.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return facts;
}
