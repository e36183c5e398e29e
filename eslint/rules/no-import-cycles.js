// Local ESLint rule: no import loops between the project's files, and none between the service folders.
//
// The graph is read from the import and export declarations of every .ts/.tsx file below `roots` (TypeScript's
// parser; relative specifiers only, packages are leaves). For the file being linted its own declarations come from
// ESLint's AST, so what is reported is what the editor shows. Type-only imports count by default: a loop of types
// is still a loop a reader has to untangle (`ignoreTypeImports: true` leaves them out). Dynamic `import()` does not
// count: it loads on demand, after every module has been evaluated.
//
// Each loop is reported once, at the import that closes it: a loop's first file is the one whose path sorts first,
// and the import reported is the one that leads back into that file.
//
// `folders` (a path such as 'electron/services'): its sub-folders are nodes too, and a loop between two of them
// (electron/services/a → electron/services/b → electron/services/a) is reported the same way, at the import that
// leads back into the folder whose name sorts first.
import { relative, resolve, sep } from 'node:path';
import { buildGraph, findPath, resolveImport, shown } from './import-graph.js';

const graphs = new Map();

function graphFor(cwd, roots, withTypes) {
  const key = JSON.stringify([cwd, roots, withTypes]);
  if (!graphs.has(key)) graphs.set(key, buildGraph(cwd, roots, withTypes));
  return graphs.get(key);
}

function importsOf(node, withTypes) {
  if (node.type === 'ImportDeclaration') {
    if (node.importKind === 'type' && !withTypes) return null;
    const named = node.specifiers.filter((s) => s.type === 'ImportSpecifier');
    if (!withTypes && named.length > 0 && named.length === node.specifiers.length && named.every((s) => s.importKind === 'type')) return null;
    return node.source.value;
  }
  if ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.source) {
    if (node.exportKind === 'type' && !withTypes) return null;
    if (!withTypes && node.specifiers?.length > 0 && node.specifiers.every((s) => s.exportKind === 'type')) return null;
    return node.source.value;
  }
  return null;
}

/** The sub-folder of `folder` that holds `file` ('a' for electron/services/a/x.ts), or null. */
function subFolder(cwd, folder, file) {
  const path = relative(resolve(cwd, folder), file);
  if (path.startsWith('..')) return null;
  const parts = path.split(sep);
  return parts.length > 1 ? parts[0] : null;
}

export const noImportCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'No import loops between files, nor between the sub-folders of the folders named.' },
    schema: [
      {
        type: 'object',
        properties: {
          roots: { type: 'array', items: { type: 'string' } },
          folders: { type: 'array', items: { type: 'string' } },
          ignoreTypeImports: { type: 'boolean' },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      fileCycle: '导入形成循环：{{cycle}}。请把共同依赖的部分移到双方都可引用的文件中（import loop）。',
      folderCycle: '服务目录之间形成循环：{{cycle}}（经由 {{via}}）。目录之间只能单向依赖（folder loop）。',
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const cwd = context.cwd;
    const roots = options.roots ?? ['.'];
    const folders = options.folders ?? [];
    const withTypes = options.ignoreTypeImports !== true;
    const self = resolve(context.filename);
    const inRoots = roots.some((root) => !relative(resolve(cwd, root), self).startsWith('..'));
    if (!inRoots) return {};
    const graph = graphFor(cwd, roots, withTypes);
    const edges = (file) => (file === self ? [] : graph.get(file) ?? []);

    function checkFile(node, target) {
      // The loop's first file sorts first: report here only when this import leads back into it.
      const selfName = shown(cwd, self);
      const targetName = shown(cwd, target);
      if (target === self) {
        context.report({ node, messageId: 'fileCycle', data: { cycle: `${selfName} → ${selfName}` } });
        return;
      }
      if (targetName >= selfName) return;
      const path = findPath(edges, target, self, (file) => shown(cwd, file) > targetName);
      if (path === null) return;
      context.report({ node, messageId: 'fileCycle', data: { cycle: [...path, target].map((f) => shown(cwd, f)).join(' → ') } });
    }

    function checkFolder(node, target) {
      for (const folder of folders) {
        const from = subFolder(cwd, folder, self);
        const to = subFolder(cwd, folder, target);
        if (from === null || to === null || from === to || to > from) continue;
        // Folder graph: a folder reaches another through any file's import (this file's own from the AST).
        const folderEdges = (name) => {
          const next = new Set();
          for (const [file, targets] of graph) {
            if (file === self || subFolder(cwd, folder, file) !== name) continue;
            for (const t of targets) {
              const sub = subFolder(cwd, folder, t);
              if (sub !== null && sub !== name) next.add(sub);
            }
          }
          if (name === from) for (const t of ownTargets) {
            const sub = subFolder(cwd, folder, t);
            if (sub !== null && sub !== name) next.add(sub);
          }
          return next;
        };
        const path = findPath(folderEdges, to, from, (name) => name > to);
        if (path === null) continue;
        const cycle = [...path, to].map((name) => `${folder}/${name}`).join(' → ');
        context.report({ node, messageId: 'folderCycle', data: { cycle, via: `${shown(cwd, self)} → ${shown(cwd, target)}` } });
      }
    }

    const found = [];
    const ownTargets = [];
    return {
      'ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration'(node) {
        const specifier = importsOf(node, withTypes);
        if (typeof specifier !== 'string') return;
        const target = resolveImport(self, specifier);
        if (target === null) return;
        found.push([node, target]);
        ownTargets.push(target);
      },
      'Program:exit'() {
        for (const [node, target] of found) {
          checkFile(node, target);
          checkFolder(node, target);
        }
      },
    };
  },
};

export const localPlugin = { meta: { name: 'desk-local' }, rules: { 'no-import-cycles': noImportCycles } };
