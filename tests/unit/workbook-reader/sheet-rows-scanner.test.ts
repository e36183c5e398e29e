/**
 * The worksheet scanner on the XML an .xlsx holds, fed its bytes in chunks cut anywhere (inside a tag, an attribute,
 * an entity, a CDATA section, a cell's text, a character's UTF-8 bytes): the rows are the same however they are cut.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import { DEFAULT_ZIP_LIMITS, ZipLimitError } from '../../../electron/services/files/zip-limits';
import type { ZipLimits } from '../../../electron/services/files/zip-limits';
import { SharedStringsScanner } from '../../../electron/services/workbook/shared-strings-scanner';
import { SheetRowsScanner } from '../../../electron/services/workbook/sheet-rows-scanner';
import type { XlsxRow } from '../../../electron/services/workbook/sheet-rows-scanner';
import { escapeOoxml, unescapeOoxml, XmlSyntaxError } from '../../../electron/services/workbook/xml-text';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const TAIL = '</sheetData></worksheet>';

interface ScanOptions {
  strings?: string[];
  dateStyles?: number[];
  date1904?: boolean;
  cachedFormulaValues?: boolean;
  limits?: Partial<ZipLimits>;
}

function scanner(options: ScanOptions): SheetRowsScanner {
  return new SheetRowsScanner({
    sheetName: '人员',
    part: 'xl/worksheets/sheet1.xml',
    limits: { ...DEFAULT_ZIP_LIMITS, ...options.limits },
    strings: options.strings ?? [],
    dateStyles: new Set(options.dateStyles ?? []),
    date1904: options.date1904 ?? false,
    cachedFormulaValues: options.cachedFormulaValues ?? false,
  });
}

/** The rows of `xml` fed as the given chunks (text as its UTF-8 bytes), each row as [number, cells with holes kept as undefined]. */
function rowsOf(chunks: (string | Buffer)[], options: ScanOptions = {}): [number, (CellValue | undefined)[]][] {
  const scan = scanner(options);
  const rows: XlsxRow[] = [];
  for (const chunk of chunks) {
    scan.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    rows.push(...scan.ready.splice(0));
  }
  scan.end();
  rows.push(...scan.ready.splice(0));
  return rows.map((r) => [r.number, Array.from(r.cells)]);
}

const whole = (body: string, options: ScanOptions = {}) => rowsOf([HEAD + body + TAIL], options);

/** The rows are the same when the XML's bytes are cut in two at every position, and when fed one byte at a time. */
function expectSameAnyCut(body: string, options: ScanOptions = {}): void {
  const xml = Buffer.from(HEAD + body + TAIL);
  const expected = rowsOf([xml], options);
  for (let at = 1; at < xml.length; at += 1) expect(rowsOf([xml.subarray(0, at), xml.subarray(at)], options), `cut at ${at}`).toEqual(expected);
  expect(rowsOf(Array.from(xml, (byte) => Buffer.from([byte])), options)).toEqual(expected);
}

describe('cells', () => {
  it('numbers, booleans, errors, formula strings, inline strings and empty cells', () => {
    const rows = whole(
      '<row r="1"><c r="A1"><v>42</v></c><c r="B1"><v>-1.5E3</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c>' +
        '<c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="str"><v>文字</v></c><c r="G1" t="inlineStr"><is><t>王秀英</t></is></c>' +
        '<c r="H1" s="3"/><c r="I1"><v></v></c><c r="J1" t="inlineStr"><is/></c></row>',
    );
    expect(rows).toEqual([[1, [undefined, 42, -1500, true, false, '#N/A', '文字', '王秀英', undefined, undefined, '']]]);
  });

  it('shared strings by index, dates by their style (1900 and 1904 systems)', () => {
    const body = '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="2"><v>45000</v></c><c r="C2" s="1"><v>45000</v></c><c r="D2" t="s"><v>9</v></c></row>';
    expect(whole(body, { strings: ['甲', '乙'], dateStyles: [2] })).toEqual([[2, [undefined, '乙', new Date('2023-03-15T00:00:00Z'), 45000]]]);
    expect(whole(body, { strings: ['甲', '乙'], dateStyles: [2], date1904: true })[0]?.[1][2]).toEqual(new Date('2027-03-16T00:00:00Z'));
  });

  it('a formula stays inert text unless its cached value is asked for; a formula without one keeps its text', () => {
    const body = '<row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>3</v></c><c r="B1" t="str"><f>A1&amp;"x"</f><v>3x</v></c><c r="C1"><f>1+1</f></c><c r="D1"><f t="shared" si="0"/><v>7</v></c></row>';
    expect(whole(body)).toEqual([[1, [undefined, '=SUM(B1:C1)', '=A1&"x"', '=1+1', 7]]]);
    expect(whole(body, { cachedFormulaValues: true })).toEqual([[1, [undefined, 3, '3x', '=1+1', 7]]]);
  });

  it('entities, character references, CDATA, and whitespace kept as written', () => {
    const rows = whole(
      '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">  a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#x4E2D;&#25991; </t></is></c>' +
        '<c r="B1" t="inlineStr"><is><t><![CDATA[<x> & y]]></t></is></c><c r="C1" t="str"><v>1&#10;2</v></c></row>',
    );
    expect(rows).toEqual([[1, [undefined, '  a <b> & "c" \'d\' 中文 ', '<x> & y', '1\n2']]]);
  });

  it('Excel’s _xHHHH_ escapes are undone, and a written text keeps a literal one', () => {
    const rows = whole('<row r="1"><c r="A1" t="inlineStr"><is><t>a_x000D_b_x005F_x0041_</t></is></c></row>');
    expect(rows).toEqual([[1, [undefined, 'a\rb_x0041_']]]);
    expect(unescapeOoxml(escapeOoxml('编号_x0041_与_x00zz_'))).toBe('编号_x0041_与_x00zz_');
  });

  it('rich-text runs are joined, phonetic guides left out; namespace prefixes are read through', () => {
    const rows = whole(
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>王</x:t></x:r><x:r><x:t>秀英</x:t></x:r><x:rPh sb="0" eb="1"><x:t>おう</x:t></x:rPh></x:is></x:c></x:row>',
    );
    expect(rows).toEqual([[1, [undefined, '王秀英']]]);
  });

  it('missing r attributes: the next row and the next column', () => {
    const rows = whole('<row r="3"><c><v>1</v></c><c r="D3"><v>2</v></c><c><v>3</v></c></row><row><c><v>4</v></c></row><row r="9"/>');
    expect(rows).toEqual([
      [3, [undefined, 1, undefined, undefined, 2, 3]],
      [4, [undefined, 4]],
      [9, []],
    ]);
  });

  it('attributes in either quotes, spaced and in any order; comments and processing instructions passed over', () => {
    const rows = whole("<!-- a comment <c> --><?pi x?><row spans='1:2' r = '5' ><c t='inlineStr' s='0'  r='B5' ><is><t>x</t></is></c></row>");
    expect(rows).toEqual([[5, [undefined, undefined, 'x']]]);
    expect(whole('<row r="1" x:note="a>b=c" ><c r="A1" t="inlineStr"><is><t>y</t></is></c></row>')).toEqual([[1, [undefined, 'y']]]);
    expectSameAnyCut('<row r="1" x:note="a>b=c" ><c r="A1" t="inlineStr"><is><t>y</t></is></c></row>');
  });
});

describe('read from the bytes', () => {
  it('plain decimals read from their bytes are exactly Number’s; anything else is read as Number reads its text', () => {
    const values = ['0', '-0', '007', '45000.5', '1.50', '-12.25', '0.1', '123456789012345', '1234567890123456', '0.30000000000000004', '1e3', '.5', '5.', '+1', ' 2 ', '1,5'];
    const body = `<row r="1">${values.map((v, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${v}</v></c>`).join('')}</row>`;
    const cells = whole(body)[0]?.[1].slice(1) ?? [];
    values.forEach((v, i) => {
      const n = Number(v);
      if (Number.isFinite(n) && v.trim() !== '') expect(Object.is(cells[i], n), `${v} → ${String(cells[i])}`).toBe(true);
      else expect(cells[i], v).toBe(v);
    });
    expect(whole('<row r="1"><c r="A1" t="s"><v>-0</v></c><c r="B1" t="s"><v>01</v></c><c r="C1" t="s"><v>1.5</v></c></row>', { strings: ['甲', '乙'] })).toEqual([[1, [undefined, '甲', '乙']]]);
    expectSameAnyCut('<row r="1"><c r="A1"><v>45000.5</v></c><c r="B1" s="2"><v>45000</v></c><c r="C1" t="s"><v>1</v></c><c r="D1"><v>1<!-- x -->2</v></c></row>', { strings: ['甲', '乙'], dateStyles: [2] });
  });

  it('attribute values holding entities are read through them', () => {
    const rows = whole('<row r="&#50;"><c r="&#66;2" t="inline&#83;tr" s="&#49;"><is><t>x</t></is></c><c r="A&#66;2" t="&#115;"><v>0</v></c></row>', { strings: ['甲'] });
    expect(rows).toEqual([[2, [undefined, undefined, 'x', ...Array.from({ length: 25 }, () => undefined), '甲']]]);
  });

  it('text outside the cells is passed over, at the part’s end too; its length is still held to the limit across chunks', () => {
    const sheet = `${HEAD}<row r="1"><c r="A1"><v>1</v></c></row>${TAIL}`;
    expect(rowsOf([`${sheet} trailing`])).toEqual([[1, [undefined, 1]]]);
    expect(rowsOf([`${HEAD}<row r="1"><c r="A1"><v>1</v></c></row>&amp;`])).toEqual([[1, [undefined, 1]]]);
    const long = `${HEAD}<row r="1">${'x'.repeat(150)}<c r="A1"><v>1</v></c></row>${TAIL}`;
    const cut = (xml: string, size: number) => xml.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
    expect(() => rowsOf(cut(long, 7), { limits: { maxTokenChars: 100 } })).toThrow(/超过 100 字的连续内容/);
    expect(rowsOf(cut(long, 7), { limits: { maxTokenChars: 200 } })).toEqual([[1, [undefined, 1]]]);
  });

  it('a text or a tag past the token limit is refused within one chunk, as across chunks', () => {
    const limits = { maxTokenChars: 100 };
    expect(() => rowsOf([`${HEAD}<row r="1"><c r="A1"><v>${'9'.repeat(101)}</v></c></row>${TAIL}`], { limits })).toThrow(/超过 100 字的连续内容/);
    expect(() => rowsOf([`${HEAD}<row r="1" note="${'x'.repeat(120)}"></row>${TAIL}`], { limits })).toThrow(/超过 100 字的连续内容/);
    // Characters, not bytes: 100 Chinese characters are 300 bytes.
    expect(rowsOf([`${HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>${'字'.repeat(100)}</t></is></c></row>${TAIL}`], { limits })).toEqual([[1, [undefined, '字'.repeat(100)]]]);
  });
});

describe('chunks cut anywhere', () => {
  it('every cut of a sheet with every kind of cell gives the same rows', () => {
    expectSameAnyCut(
      '<row r="1" spans="1:4"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> 身份证&amp;号码 </t></is></c><c r="B1" s="2"><v>45000.5</v></c>' +
        '<c r="C1" t="s"><v>0</v></c><c r="D1"><f>1+1</f><v>2</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[a<b]]>c&#x4E2D;</t></is></c>' +
        '<c r="B2" t="b"><v>1</v></c><c r="C2"/><!-- x --></row>',
      { strings: ['共享'], dateStyles: [2] },
    );
  });

  it('shared strings cut anywhere give the same strings', () => {
    const xml = '<?xml version="1.0"?><sst count="3"><si><t>甲&amp;乙</t></si><si><r><t>丙</t></r><r><t xml:space="preserve"> 丁</t></r><rPh><t>x</t></rPh></si><si><t/></si><si/></sst>';
    const read = (chunks: string[]) => {
      const s = new SharedStringsScanner('xl/sharedStrings.xml', DEFAULT_ZIP_LIMITS);
      for (const c of chunks) s.write(c);
      s.end();
      return s.strings;
    };
    expect(read([xml])).toEqual(['甲&乙', '丙 丁', '', '']);
    for (let at = 1; at < xml.length; at += 1) expect(read([xml.slice(0, at), xml.slice(at)])).toEqual(['甲&乙', '丙 丁', '', '']);
  });
});

describe('hostile or damaged XML', () => {
  it('a cell past Excel’s length is refused with its length, also when it arrives in many chunks', () => {
    const text = 'x'.repeat(40_000);
    const xml = `${HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>${TAIL}`;
    const chunks = xml.match(/[\s\S]{1,1000}/g) ?? [];
    expect(() => rowsOf(chunks)).toThrow(/长 40,000 字，超过 Excel 单元格 32,767 字的上限/);
  });

  it('what is left unfinished at a chunk’s end is held to the token limit', () => {
    const tag = `<row r="1" note="${'>'.repeat(500)}`;
    expect(() => rowsOf([HEAD, tag], { limits: { maxTokenChars: 100 } })).toThrow(ZipLimitError);
  });

  it('a row or column beyond Excel’s grid', () => {
    expect(() => whole('<row r="1048577"><c r="A1048577"><v>1</v></c></row>')).toThrow(/行号 1,048,577/);
    expect(() => whole('<row r="1"><c r="XFE1"><v>1</v></c></row>')).toThrow(/列号 16,385/);
  });

  it('a DOCTYPE, an unknown entity, a broken tag or a truncated part is damage, naming the sheet', () => {
    expect(() => rowsOf(['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><worksheet/>'])).toThrow(XmlSyntaxError);
    expect(() => whole('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>')).toThrow(/工作表“人员”：XML 中有无法识别的字符引用“&nbsp;”/);
    expect(() => whole('<row r="1"><c r="A1" t="str"><v>&#0;</v></c></row>')).toThrow(XmlSyntaxError);
    expect(() => whole('<row r=1><c/></row>')).toThrow(/格式不对的属性/);
    expect(() => rowsOf([`${HEAD}<row r="1"><c r="A1"><v>1</v></c></row><row r="2`])).toThrow(/不完整/);
  });
});

describe('generated sheets, cut at random bytes', () => {
  /** A small deterministic generator (the same sheets on every run). */
  function generator(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state / 0x7fffffff;
    };
  }

  it('give the same rows, or fail with the same kind of error, however their bytes are cut', () => {
    const random = generator(20261207);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const texts = ['王秀英', '320106196308231258', 'a &amp; b', '&lt;x&gt;', '&#x4E2D;', '_x000D_', ' sp ', '', 'x\r\ny', '&bogus;', '<![CDATA[a<b]]>', '𠀋字'];
    const cell = (column: number, row: number): string => {
      const r = random() < 0.8 ? ` r="${String.fromCharCode(65 + column)}${row}"` : random() < 0.5 ? ` r="&#${65 + column};${row}"` : '';
      return pick([
        `<c${r}><v>${pick(['42', '-1.5', '45000.5', '1.50', ' 2 ', '1e3', '.5', '+1', '1234567890123456', 'abc', '-0', ''])}</v></c>`,
        `<c${r} t='s'><v>${pick(['0', '1', '9', '-0', '01', '1.5'])}</v></c>`,
        `<c${r} t="inlineStr"><is><t xml:space="preserve">${pick(texts)}</t>${random() < 0.2 ? '<rPh><t>ph</t></rPh>' : ''}</is></c>`,
        `<c${r} t="str"><v>${pick(texts)}</v></c>`,
        `<c${r} t="b"><v>${pick(['1', '0', 'true'])}</v></c>`,
        `<c${r} s = '2' ><v>${pick(['45000', '45000.25', 'x'])}</v></c>`,
        `<c${r}><f>${pick(['SUM(A1)', 'A1&amp;"x"', ''])}</f>${random() < 0.5 ? '<v>3</v>' : ''}</c>`,
        `<c${r}/>`,
        `<x:c${r}><x:v>5</x:v></x:c>`,
        pick(['<!-- c -->', '<?pi x?>', `<c${r} a>`, '< c/>', `<c${r}/ >`, '<!DOCTYPE x>']),
      ]);
    };
    const rowsOrError = (chunks: Buffer[], options: ScanOptions): string => {
      try {
        return JSON.stringify(rowsOf(chunks, options), (_key, value: unknown) => (value === undefined ? '∅' : value));
      } catch (error) {
        return `error: ${(error as Error).name}`;
      }
    };
    let errors = 0;
    for (let n = 0; n < 1500; n += 1) {
      let body = '';
      for (let row = 1; row <= 1 + Math.floor(random() * 3); row += 1) {
        let cells = '';
        for (let column = 0; column < 1 + Math.floor(random() * 4); column += 1) cells += cell(column, row);
        body += `<row${random() < 0.9 ? ` r="${row}"` : ''}>${cells}</row>`;
      }
      let xml = Buffer.from(HEAD + body + TAIL);
      if (random() < 0.1) xml = Buffer.concat([xml, Buffer.from(pick([' trailing', '\n', 'x'.repeat(150), '<!-- c -->tail', '&amp;']))]);
      if (random() < 0.1) xml = xml.subarray(0, Math.floor(random() * xml.length));
      const options: ScanOptions = { strings: ['甲', '乙'], dateStyles: [2], cachedFormulaValues: random() < 0.5, limits: random() < 0.3 ? { maxTokenChars: 40 + Math.floor(random() * 60) } : {} };
      const whole = rowsOrError([xml], options);
      if (whole.startsWith('error')) errors += 1;
      const cuts = Array.from({ length: 1 + Math.floor(random() * 4) }, () => Math.floor(random() * xml.length)).sort((a, b) => a - b);
      const chunks = [0, ...cuts].map((from, k) => xml.subarray(from, k < cuts.length ? cuts[k] : xml.length));
      expect(rowsOrError(chunks, options), `${xml.toString()} cut at ${cuts.join(', ')}`).toBe(whole);
    }
    // Both kinds of sheet were generated: read and refused.
    expect(errors).toBeGreaterThan(100);
    expect(errors).toBeLessThan(1400);
  });
});
