/**
 * A streaming .xlsx writer: each worksheet's XML is generated row by row straight into a zip stream (yazl), with
 * backpressure, so memory stays flat however many rows are written. Text is always an inline string (never a
 * formula); text that begins with = + - @ also gets Excel's quote prefix (the style a leading apostrophe gives), so a
 * clerk who edits that cell in Excel keeps it text instead of turning it into a formula. Dates are Excel serial
 * numbers shown as yyyy-mm-dd, the header row is bold and frozen.
 *
 * The workbook structure (sheet list, styles) is written first, so streaming readers know the sheet names before
 * the sheets. exceljs's own streaming writer spends most of a large write building and deduplicating per-cell style
 * and row objects; this writes the same workbook in a fraction of the time.
 */
import { createWriteStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import { once } from 'node:events';
import yazl from 'yazl';
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import { nowIso } from '../../../shared/clock';
import { escapeOoxml } from './xml-text';
import { columnLetter } from '../../../shared/domain/workbook/column-letter';

/** Excel data validation of a column (the template's dropdowns and checks). */
export type XlsxValidation =
  | { kind: 'list'; values: readonly string[] }
  | { kind: 'date' }
  | { kind: 'whole'; min: number; max: number }
  | { kind: 'decimal'; min: number; max: number }
  | { kind: 'textLength'; min: number; max: number };

export interface XlsxColumn {
  header: string;
  width: number;
  /** The column's own format (for cells typed later in Excel): text keeps all 18 digits of an ID number. */
  style?: 'text' | 'date' | null;
  validation?: XlsxValidation | null;
  /** Shown by Excel when a cell of the column is selected (only with validation). */
  prompt?: string | null;
}

export interface XlsxSheetSpec {
  name: string;
  columns: XlsxColumn[];
  /** Data validation on rows 2 … this row (0: none). */
  validationRows?: number;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Style indexes in styles.xml below. */
const STYLE_HEADER = 1;
const STYLE_DATE = 2;
const STYLE_QUOTED_TEXT = 3;
const STYLE_TEXT = 4;
/** The last row Excel has. */
export const EXCEL_LAST_ROW = 1_048_576;
/** Text Excel would take for a formula when the cell is edited. */
export const FORMULA_LIKE = /^[=+\-@]/;

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_v, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
}

const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

function coreProps(creator: string): string {
  const now = nowIso().replace(/\.\d+Z$/, 'Z');
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${escapeXml(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created></cp:coreProperties>`;
}

function workbookXml(sheets: XlsxSheetSpec[]): string {
  const list = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${list}</sheets></workbook>`;
}

function workbookRels(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_v, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets}<Relationship Id="rId${sheetCount + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
}

const STYLES = `${XML_HEAD}<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="2"/></font><font><b/><sz val="11"/><name val="宋体"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const VALIDATION_ERROR: Record<XlsxValidation['kind'], string> = {
  list: '请从下拉列表中选择',
  date: '请填写日期，如 2024-03-15',
  whole: '请填写整数',
  decimal: '请填写数字',
  textLength: '长度不对',
};

function validationXml(v: XlsxValidation, sqref: string, prompt: string | null | undefined): string {
  const promptAttrs = prompt ? ` showInputMessage="1" prompt="${escapeXml(prompt.slice(0, 250))}"` : '';
  const head = (type: string, operator: string | null) =>
    `<dataValidation type="${type}"${operator ? ` operator="${operator}"` : ''} allowBlank="1" showErrorMessage="1" errorTitle="格式不对" error="${escapeXml(VALIDATION_ERROR[v.kind])}"${promptAttrs} sqref="${sqref}">`;
  switch (v.kind) {
    case 'list':
      return `${head('list', null)}<formula1>"${escapeXml(v.values.join(','))}"</formula1></dataValidation>`;
    case 'date':
      return `${head('date', 'between')}<formula1>1</formula1><formula2>2958465</formula2></dataValidation>`;
    case 'whole':
    case 'decimal':
    case 'textLength':
      return `${head(v.kind, 'between')}<formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`;
  }
}

/** The sheet's data validations, on rows 2 … `validationRows` of each validated column. */
function dataValidations(spec: XlsxSheetSpec, letters: string[]): string {
  const last = spec.validationRows ?? 0;
  if (last < 2) return '';
  const items = spec.columns.flatMap((c, i) => (c.validation ? [validationXml(c.validation, `${letters[i]}2:${letters[i]}${last}`, c.prompt)] : []));
  return items.length === 0 ? '' : `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

export class XlsxStreamWriter {
  private readonly zip = new yazl.ZipFile();
  private readonly done: Promise<void>;
  private next = 0;

  constructor(
    path: string,
    private readonly sheets: XlsxSheetSpec[],
    creator = '充分就业社区工作台',
  ) {
    const out = createWriteStream(path);
    this.done = new Promise((resolve, reject) => {
      out.on('close', () => resolve());
      out.on('error', reject);
      this.zip.outputStream.on('error', reject);
    });
    this.zip.outputStream.pipe(out);
    this.zip.addBuffer(Buffer.from(contentTypes(sheets.length)), '[Content_Types].xml');
    this.zip.addBuffer(Buffer.from(ROOT_RELS), '_rels/.rels');
    this.zip.addBuffer(Buffer.from(coreProps(creator)), 'docProps/core.xml');
    this.zip.addBuffer(Buffer.from(workbookXml(sheets)), 'xl/workbook.xml');
    this.zip.addBuffer(Buffer.from(workbookRels(sheets.length)), 'xl/_rels/workbook.xml.rels');
    this.zip.addBuffer(Buffer.from(STYLES), 'xl/styles.xml');
  }

  /** Writes the next sheet (in the order given to the constructor): its header row, then `rows`. Returns the row count. */
  async writeSheet(rows: Iterable<readonly CellValue[]> | AsyncIterable<readonly CellValue[]>, onRow: (n: number) => void = () => undefined): Promise<number> {
    const index = this.next;
    const spec = this.sheets[index];
    if (!spec) throw new Error('所有工作表都已写完');
    this.next += 1;
    const stream = new PassThrough({ highWaterMark: 1 << 20 });
    this.zip.addReadStream(stream, `xl/worksheets/sheet${index + 1}.xml`);
    const letters = spec.columns.map((_c, i) => columnLetter(i + 1));
    const colStyle = (c: XlsxColumn) => (c.style === 'text' ? ` style="${STYLE_TEXT}"` : c.style === 'date' ? ` style="${STYLE_DATE}"` : '');
    const cols = spec.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}"${colStyle(c)} customWidth="1"/>`).join('');
    const header = spec.columns.map((c, i) => `<c r="${letters[i]}1" s="${STYLE_HEADER}" t="inlineStr"><is><t>${escapeXml(c.header)}</t></is></c>`).join('');
    let buffer =
      `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData><row r="1">${header}</row>`;
    let rowNumber = 1;
    for await (const values of rows) {
      rowNumber += 1;
      let xml = `<row r="${rowNumber}">`;
      for (let i = 0; i < values.length; i += 1) {
        const value = values[i];
        if (value === null || value === undefined || value === '') continue;
        const ref = `${letters[i] ?? columnLetter(i + 1)}${rowNumber}`;
        if (typeof value === 'string') {
          const style = FORMULA_LIKE.test(value) ? ` s="${STYLE_QUOTED_TEXT}"` : '';
          xml += `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(escapeOoxml(value))}</t></is></c>`;
        }
        else if (typeof value === 'number') xml += `<c r="${ref}"><v>${value}</v></c>`;
        else if (typeof value === 'boolean') xml += `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
        else {
          const serial = (value.getTime() - EXCEL_EPOCH) / 86_400_000;
          xml += `<c r="${ref}" s="${STYLE_DATE}"><v>${serial}</v></c>`;
        }
      }
      buffer += `${xml}</row>`;
      if (buffer.length > 1 << 16) {
        if (!stream.write(buffer)) await once(stream, 'drain');
        buffer = '';
        onRow(rowNumber - 1);
      }
    }
    buffer += `</sheetData>${dataValidations(spec, letters)}</worksheet>`;
    stream.end(buffer);
    onRow(rowNumber - 1);
    return rowNumber - 1;
  }

  /** Finishes the zip and waits until the file is on disk. */
  async finish(): Promise<void> {
    if (this.next !== this.sheets.length) throw new Error('还有工作表没有写');
    this.zip.end();
    await this.done;
  }
}
