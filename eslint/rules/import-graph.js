// The import graph of the project's own TypeScript files, read from their import and export declarations.
// Type-only imports (`import type …`, `export type … from`, and `import { type A, type B }` naming only types) are
// left out: they vanish when compiled, so they load nothing and cannot make a loop at run time. Dynamic `import()` is
// left out too: it loads on demand, after every module has been evaluated.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
/** The file a relative specifier names (extension and index resolved), or null for packages and missing files. */
export function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), specifier);
  if (/\.(ts|tsx)$/.test(base) && existsSync(base)) return base;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The value imports of one source text: the specifiers it loads when evaluated (TypeScript's parser, top level). */
export function valueSpecifiers(text, fileName = 'file.ts', withTypes = false) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly && !withTypes) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined && clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
      if (onlyTypes && !withTypes) continue;
      if (ts.isStringLiteral(statement.moduleSpecifier)) found.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      if (statement.isTypeOnly && !withTypes) continue;
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly) && !withTypes) continue;
      found.push(statement.moduleSpecifier.text);
    }
  }
  return found;
}

function walk(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** file → the files it value-imports, for every .ts/.tsx file below the roots (absolute paths). */
export function buildGraph(cwd, roots, withTypes = false) {
  const graph = new Map();
  for (const root of roots) {
    for (const file of walk(resolve(cwd, root))) {
      const targets = valueSpecifiers(readFileSync(file, 'utf8'), file, withTypes).map((s) => resolveImport(file, s)).filter((t) => t !== null);
      graph.set(file, [...new Set(targets)]);
    }
  }
  return graph;
}

/**
 * A path from `from` to `to` through the graph whose nodes all satisfy `allowed` (`to` aside), or null:
 * breadth-first, so the shortest.
 */
export function findPath(edges, from, to, allowed) {
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of edges(node)) {
      if (previous.has(next)) continue;
      previous.set(next, node);
      if (next === to) {
        const path = [];
        for (let at = to; at !== null; at = previous.get(at)) path.unshift(at);
        return path;
      }
      if (allowed(next)) queue.push(next);
    }
  }
  return null;
}

/** A path shown relative to the working folder with forward slashes. */
export function shown(cwd, file) {
  return relative(cwd, file).split(sep).join('/');
}
