/**
 * A small walk over the bundled Electron code (dist/electron/*.cjs) with TypeScript's parser: enough to find calls,
 * callbacks and object literals by name, so that each security rule is checked in the code that actually ships.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface BuiltJs {
  name: string;
  text: string;
  file: ts.SourceFile;
}

export function parseBuilt(name: string, text: string): BuiltJs {
  return { name, text, file: ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS) };
}

/**
 * The modules of a bundle whose source path starts with one of `prefixes`, as esbuild marks them (`// electron/main/window.ts`):
 * the main bundle also holds every service and library, which no Electron rule is about and which would take seconds to parse.
 */
export function modulesOf(bundle: string, prefixes: readonly string[]): string {
  const kept: string[] = [];
  let keep = false;
  for (const line of bundle.split('\n')) {
    const marker = /^\/\/ (\S+\.[cm]?[jt]sx?)$/.exec(line);
    if (marker?.[1]) keep = prefixes.some((prefix) => marker[1]?.startsWith(prefix));
    if (keep) kept.push(line);
  }
  return kept.join('\n');
}

export function readBuilt(path: string, prefixes?: readonly string[]): BuiltJs {
  const text = readFileSync(path, 'utf8');
  return parseBuilt(path, prefixes ? modulesOf(text, prefixes) : text);
}

/** A bundle has a great many nodes: its full list is made once per parse. */
const everyNode = new WeakMap<ts.Node, ts.Node[]>();

export function descendants(root: ts.Node): ts.Node[] {
  const cached = everyNode.get(root);
  if (cached) return cached;
  const out: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    out.push(node);
    ts.forEachChild(node, visit);
  };
  visit(root);
  if (ts.isSourceFile(root)) everyNode.set(root, out);
  return out;
}

/** `a.b.c(…)` → `c`; `f(…)` → `f`. */
export function calleeName(call: ts.CallExpression): string {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (ts.isIdentifier(callee)) return callee.text;
  return '';
}

/** The object a method is called on, as text (`import_electron3.shell` for `import_electron3.shell.openExternal`). */
export function receiverText(call: ts.CallExpression): string {
  return ts.isPropertyAccessExpression(call.expression) ? call.expression.expression.getText() : '';
}

/** Calls of a method `name` in a bundle or under a node, optionally only on a receiver ending `.receiver` (`shell`, `ipcMain`). */
export function callsOf(where: BuiltJs | ts.Node, name: string, receiver?: string): ts.CallExpression[] {
  const root = 'file' in where ? where.file : where;
  return descendants(root).filter(
    (node): node is ts.CallExpression =>
      ts.isCallExpression(node) && calleeName(node) === name && (receiver === undefined || receiverText(node).split('.').pop() === receiver),
  );
}

/** Calls `x.on("<event>", handler)`: the handlers. */
export function eventHandlers(js: BuiltJs, event: string): ts.FunctionLikeDeclaration[] {
  return callsOf(js, 'on')
    .filter((call) => {
      const first = call.arguments[0];
      return first !== undefined && ts.isStringLiteral(first) && first.text === event;
    })
    .map((call) => call.arguments[1])
    .filter((arg): arg is ts.ArrowFunction | ts.FunctionExpression => arg !== undefined && (ts.isArrowFunction(arg) || ts.isFunctionExpression(arg)));
}

export function isFunctionLike(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node);
}

/** The n-th argument of a call, when it is a function. */
export function callbackArg(call: ts.CallExpression, index: number): ts.FunctionLikeDeclaration | null {
  const arg = call.arguments[index];
  return arg !== undefined && isFunctionLike(arg) ? arg : null;
}

export function paramName(fn: ts.FunctionLikeDeclaration, index: number): string | null {
  const param = fn.parameters[index];
  return param && ts.isIdentifier(param.name) ? param.name.text : null;
}

/** The function directly enclosing a node, or null at module level. */
export function enclosingFunction(node: ts.Node): ts.FunctionLikeDeclaration | null {
  for (let up = node.parent; up; up = up.parent) if (isFunctionLike(up)) return up;
  return null;
}

/** `{ a: 1, b: x }` → Map a → node. */
export function propertiesOf(object: ts.ObjectLiteralExpression): Map<string, ts.Expression> {
  const out = new Map<string, ts.Expression>();
  for (const prop of object.properties) {
    if (ts.isPropertyAssignment(prop) && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) out.set(prop.name.text, prop.initializer);
    if (ts.isShorthandPropertyAssignment(prop)) out.set(prop.name.text, prop.name);
  }
  return out;
}

/** Every object literal assigned to a property named `name` (`webPreferences: { … }`). */
export function objectsAt(js: BuiltJs, name: string): ts.ObjectLiteralExpression[] {
  return descendants(js.file)
    .filter((node): node is ts.PropertyAssignment => ts.isPropertyAssignment(node) && node.name.getText().replace(/["']/g, '') === name)
    .map((prop) => prop.initializer)
    .filter((init): init is ts.ObjectLiteralExpression => ts.isObjectLiteralExpression(init));
}

/** The initializer of the top-level `var name = …`. */
export function variableInit(js: BuiltJs, name: string): ts.Expression | null {
  for (const node of descendants(js.file)) {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) return node.initializer ?? null;
  }
  return null;
}

export function functionNamed(js: BuiltJs, name: string): ts.FunctionDeclaration | null {
  for (const node of descendants(js.file)) if (ts.isFunctionDeclaration(node) && node.name?.text === name) return node;
  return null;
}

/** The expressions a function can return (an arrow's expression body, or its `return` statements). */
export function returnedExpressions(fn: ts.FunctionLikeDeclaration): ts.Expression[] {
  if (!fn.body) return [];
  if (!ts.isBlock(fn.body)) return [fn.body];
  return descendants(fn.body)
    .filter((node): node is ts.ReturnStatement => ts.isReturnStatement(node) && enclosingFunction(node) === fn)
    .map((ret) => ret.expression)
    .filter((expr): expr is ts.Expression => expr !== undefined);
}

/** `!x` → x, `(x)` → x. */
export function unwrap(expr: ts.Expression): ts.Expression {
  let out = expr;
  while (ts.isParenthesizedExpression(out)) out = out.expression;
  return out;
}

export function isNegatedCall(expr: ts.Expression, name: string): ts.CallExpression | null {
  const inner = unwrap(expr);
  if (!ts.isPrefixUnaryExpression(inner) || inner.operator !== ts.SyntaxKind.ExclamationToken) return null;
  const call = unwrap(inner.operand);
  return ts.isCallExpression(call) && calleeName(call) === name ? call : null;
}

/** String literals inside a node, in order. */
export function stringsIn(node: ts.Node): string[] {
  return descendants(node)
    .filter((n): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n))
    .map((n) => n.text);
}

export { ts };
