/**
 * No developer notation on screen (issue 14, item 5): the set notation and abbreviations of DOMAIN.md (LF, LFW, E∩LFW,
 * |U∩低保|) and the standards' version identifiers ("example-1", "2010-example") are for developers; a clerk reads
 * "劳动力资源中有就业愿望的人数为 0", "就业人数 ÷ 有就业愿望的劳动力", "示例标准". Every Chinese string literal and
 * JSX text in renderer/, shared/ and electron/services/ (comments excluded), every text of the built-in standards, the
 * metric catalogue's words and the standards' labels are scanned.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { METRIC_IDS, METRICS } from '../../../shared/domain/assessment/metric-catalogue';
import { PRESET_STANDARDS } from '../../../shared/domain/standards/presets';
import { standardLabel, standardVersionText } from '../../../shared/domain/standards/standard-label';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CJK = /[\u3400-\u9fff]/;

/**
 * What a clerk must never read. A rule file's field names in parentheses ("示例（example）") tell its author which key to
 * fix and stay; abbreviations a clerk uses (SYB) stay.
 */
const NOTATION: readonly RegExp[] = [/\bLFW?\b/, /∩/, /\|\s*[A-Z]/, /example-|-example/i, /[（(]\s*(?:LFW?|E|U)\s*[)）]/];

function notationIn(text: string): string | null {
  const hit = NOTATION.find((re) => re.test(text));
  return hit ? hit.source : null;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The Chinese texts of one source file: string literals, template parts and JSX text (never comments). */
function chineseTexts(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      const text = ts.isJsxText(node) ? node.getText() : node.text;
      if (CJK.test(text)) texts.push(text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts;
}

/** Every string value of a JSON value that a person reads (has Chinese in it); identifiers are ASCII. */
function jsonTexts(value: unknown): string[] {
  if (typeof value === 'string') return CJK.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(jsonTexts);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(jsonTexts);
  return [];
}

describe('no developer notation on screen', () => {
  it('the scan itself recognises the notation it is meant to keep out', () => {
    for (const bad of ['（LFW 为 0）', '|E∩LFW| / |LFW|', '（example-1）', '（2010-example）', '劳动力资源（LF）', '失业人员（U）']) {
      expect(notationIn(bad), bad).not.toBeNull();
    }
    for (const good of ['劳动力资源中有就业愿望的人数为 0', '就业人数 ÷ 有就业愿望的劳动力', '示例标准', '“4050”人员', '按 Enter 打开', 'Ctrl+K']) {
      expect(notationIn(good), good).toBeNull();
    }
  });

  it('in the Chinese strings of renderer/, shared/ and electron/services/', () => {
    const found: string[] = [];
    for (const dir of ['renderer', 'shared', join('electron', 'services')]) {
      for (const path of sourceFiles(join(ROOT, dir))) {
        for (const text of chineseTexts(path)) {
          const hit = notationIn(text);
          if (hit) found.push(`${path.slice(ROOT.length + 1)}: ${text.trim().slice(0, 80)} [${hit}]`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('in the metric catalogue: labels, definitions, empty texts and gap texts', () => {
    for (const id of METRIC_IDS) {
      const m = METRICS[id];
      for (const text of [m.label, m.definition, m.emptyText, m.gapText(3)]) expect(notationIn(text), `${id}: ${text}`).toBeNull();
    }
  });

  it('in the built-in standards: names, sources, notes, categories, checklists and the label with its version', () => {
    for (const preset of PRESET_STANDARDS) {
      for (const text of jsonTexts(preset)) expect(notationIn(text), `${preset.id}: ${text}`).toBeNull();
      expect(notationIn(standardLabel(preset.name, preset.version)), standardLabel(preset.name, preset.version)).toBeNull();
    }
  });
});

describe('standard versions in words', () => {
  it('keeps a year, spells out example versions and never repeats what the name says', () => {
    expect(standardVersionText('2007')).toBe('2007');
    expect(standardVersionText('example-1')).toBe('示例标准 第 1 版');
    expect(standardVersionText('2010-example')).toBe('2010 年示例标准');
    expect(standardVersionText('example')).toBe('示例标准');
    expect(standardVersionText('v2')).toBe('第 v2 版');
    expect(standardLabel('重庆市充分就业社区创建标准（2007）', '2007')).toBe('重庆市充分就业社区创建标准（2007）');
    expect(standardLabel('某市标准', '2008')).toBe('某市标准（2008）');
    expect(standardLabel('镇江市考核标准（计分制）', 'example-1')).toBe('镇江市考核标准（计分制）（示例标准 第 1 版）');
    expect(standardLabel('吉林省星级社区（示例标准）', '2010-example')).toBe('吉林省星级社区（示例标准）（2010 年）');
    expect(standardLabel('某市示例标准', 'example')).toBe('某市示例标准');
  });
});
