/**
 * A ledger as an Excel workbook laid out like its print: the title and the 街道/社区/截至日期/制表人 line above the
 * header, each community's rows under a heading row and starting on a new page, subtotals and the street's total;
 * A4 landscape (or portrait), fit to the page's width, the three top rows repeated on every page (print titles),
 * "第 &P 页 共 &N 页" in the footer. Text is always text — 身份证号码 never a number — and text Excel would take for
 * a formula (= + - @) carries the quote prefix. Written row by row into the zip (yazl), so memory stays flat.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import yazl from 'yazl';
import { nowIso } from '../../../shared/clock';
import { formatChineseDate } from '../../../shared/domain/dates';
import type { LedgerColumn } from '../../../shared/domain/ledgers/columns';
import { DIFFICULT_GROUP_SECTION_LABEL, DIFFICULT_GROUP_SECTIONS, LEDGER_TITLE, LEDGER_UNIT, PERIOD_LEDGERS } from '../../../shared/domain/ledgers/kinds';
import type { DifficultGroupSection } from '../../../shared/domain/ledgers/kinds';
import { columnTotals, groupByCommunity, numbered } from '../../../shared/domain/ledgers/rows';
import type { CellValue, LedgerRow } from '../../../shared/domain/ledgers/rows';
import { columnLetter } from '../../../shared/domain/workbook/column-letter';
import { escapeXml, FORMULA_LIKE } from '../workbook/xlsx-stream-writer';
import type { LedgerPrintSpec } from './ledger-print';
import { maskRow } from './ledger-view';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** The ideographic space between the items of the heading line. */
const GAP = '\u3000';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** cellXfs indexes of STYLES. */
const S = { title: 1, meta: 2, header: 3, text: 4, quoted: 5, number: 6, center: 7, group: 8, totals: 9, code: 10, totalsNumber: 11 } as const;

const STYLES = `${HEAD}<styleSheet xmlns="${NS}"><fonts count="4"><font><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font><font><b/><sz val="10"/><name val="宋体"/><family val="2"/><charset val="134"/></font><font><b/><sz val="16"/><name val="宋体"/><family val="2"/><charset val="134"/></font><font><sz val="10"/><name val="宋体"/><family val="2"/><charset val="134"/></font></fonts><fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="12"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="left" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1" quotePrefix="1"><alignment vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="center"/></xf><xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="center"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="center"/></xf><xf numFmtId="49" fontId="3" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="center"/></xf></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
export function sheetNameOf(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, '').slice(0, 31) || '台账';
}

function textCell(ref: string, text: string, style: number): string {
  const s = style === S.text && FORMULA_LIKE.test(text) ? S.quoted : style;
  return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

function valueCell(ref: string, value: CellValue | undefined, column: LedgerColumn): string {
  if (value === null || value === undefined || value === '') return `<c r="${ref}" s="${column.idNumber ? S.code : S.text}"/>`;
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}" s="${S.number}"><v>${value}</v></c>`;
  const text = String(value);
  if (column.idNumber) return textCell(ref, text, S.code);
  return textCell(ref, text, column.align === 'center' ? S.center : S.text);
}

export interface XlsxOutcome {
  rowCount: number;
}

/** Writes the ledger to `path` (the spec as for printing: columns, rows, heading, paper). */
export async function writeLedgerXlsx(spec: LedgerPrintSpec, path: string, onProgress: (fraction: number) => void = () => undefined): Promise<XlsxOutcome> {
  const title = LEDGER_TITLE[spec.kind];
  const unit = LEDGER_UNIT[spec.kind];
  const sheetName = sheetNameOf(title);
  const columns = spec.columns.filter((c) => c.key !== 'community');
  const letters = columns.map((_c, i) => columnLetter(i + 1));
  const last = letters[letters.length - 1] ?? 'A';
  const zip = new yazl.ZipFile();
  const out = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    out.on('close', () => resolve());
    out.on('error', reject);
    zip.outputStream.on('error', reject);
  });
  zip.outputStream.pipe(out);
  const created = nowIso().replace(/\.\d+Z$/, 'Z');
  zip.addBuffer(
    Buffer.from(
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    ),
    '[Content_Types].xml',
  );
  zip.addBuffer(
    Buffer.from(
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    ),
    '_rels/.rels',
  );
  zip.addBuffer(
    Buffer.from(
      `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(spec.preparedBy)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`,
    ),
    'docProps/core.xml',
  );
  const quotedSheet = `'${sheetName.replace(/'/g, "''")}'`;
  zip.addBuffer(
    Buffer.from(
      `${HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">${escapeXml(quotedSheet)}!$1:$3</definedName></definedNames></workbook>`,
    ),
    'xl/workbook.xml',
  );
  zip.addBuffer(
    Buffer.from(
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/_rels/workbook.xml.rels',
  );
  zip.addBuffer(Buffer.from(STYLES), 'xl/styles.xml');

  const sheet = new PassThrough({ highWaterMark: 1 << 20 });
  zip.addReadStream(sheet, 'xl/worksheets/sheet1.xml');
  const merges: string[] = [];
  const breaks: number[] = [];
  let r = 0;
  let buffer = '';
  const flush = async () => {
    if (buffer.length > 1 << 16) {
      if (!sheet.write(buffer)) await once(sheet, 'drain');
      buffer = '';
    }
  };
  const spanRow = (text: string, style: number, height?: number) => {
    r += 1;
    buffer += `<row r="${r}"${height ? ` ht="${height}" customHeight="1"` : ''}>${textCell(`A${r}`, text, style)}${letters
      .slice(1)
      .map((l) => `<c r="${l}${r}" s="${style}"/>`)
      .join('')}</row>`;
    merges.push(`A${r}:${last}${r}`);
  };
  const totalsRow = (label: string, rows: readonly LedgerRow[]) => {
    const totals = columnTotals(rows, columns);
    const firstSum = columns.findIndex((c) => c.sum);
    const span = Math.max(1, Math.min(3, firstSum === -1 ? columns.length : firstSum));
    r += 1;
    let xml = `<row r="${r}">${textCell(`A${r}`, label, S.totals)}`;
    for (let i = 1; i < columns.length; i += 1) {
      const c = columns[i] as LedgerColumn;
      const v = i < span ? null : (totals[c.key] ?? null);
      xml += v === null ? `<c r="${letters[i]}${r}" s="${S.totals}"/>` : `<c r="${letters[i]}${r}" s="${S.totalsNumber}"><v>${v}</v></c>`;
    }
    buffer += `${xml}</row>`;
    if (span > 1) merges.push(`A${r}:${letters[span - 1]}${r}`);
  };
  const period = PERIOD_LEDGERS.includes(spec.kind) ? `统计期间：${formatChineseDate(spec.period.from)}至${formatChineseDate(spec.period.to)}${GAP}` : '';
  const meta = `街道：${spec.street}${GAP}社区：${spec.scopeName}${GAP}${period}截至日期：${formatChineseDate(spec.asOf)}${GAP}制表人：${spec.preparedBy}${GAP}制表日期：${formatChineseDate(spec.preparedOn)}${spec.note ? `${GAP}${spec.note}` : ''}`;
  const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.max(4, Math.round(c.width * 1.9 * 10) / 10)}" customWidth="1"/>`).join('');
  buffer += `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`;
  spanRow(title, S.title, 30);
  spanRow(meta, S.meta, 30);
  r += 1;
  buffer += `<row r="${r}">${columns.map((c, i) => textCell(`${letters[i]}${r}`, c.label, S.header)).join('')}</row>`;

  const groups = groupByCommunity(spec.rows, spec.communities, false);
  let written = 0;
  const writeRows = async (rows: readonly LedgerRow[]) => {
    for (const row of numbered(rows)) {
      r += 1;
      const values = maskRow(spec.kind, row.values, spec.idMask);
      buffer += `<row r="${r}">${columns.map((c, i) => valueCell(`${letters[i]}${r}`, values[c.key], c)).join('')}</row>`;
      written += 1;
      if (written % 2000 === 0) onProgress(written / Math.max(1, spec.rows.length));
      await flush();
    }
  };
  if (groups.length === 0) {
    const when = PERIOD_LEDGERS.includes(spec.kind) ? `${formatChineseDate(spec.period.from)}至${formatChineseDate(spec.period.to)}` : `截至${formatChineseDate(spec.asOf)}`;
    spanRow(`${when}，${spec.scopeName}没有符合本台账条件的记录。`, S.text, 30);
  }
  for (const [g, group] of groups.entries()) {
    if (g > 0) breaks.push(r);
    if (groups.length > 1 || group.communityId === null) spanRow(`社区：${group.communityName}（${group.rows.length} ${unit}）`, S.group);
    if (spec.kind === 'difficult-groups') {
      for (const [i, section] of DIFFICULT_GROUP_SECTIONS.entries()) {
        const list = group.rows.filter((row) => row.section === section);
        spanRow(`${'一二三'[i]}、${DIFFICULT_GROUP_SECTION_LABEL[section as DifficultGroupSection]}（${list.length} ${unit}）`, S.group);
        await writeRows(list);
      }
    } else await writeRows(group.rows);
    totalsRow(`${groups.length > 1 ? '小计' : '合计'}：${group.rows.length} ${unit}`, group.rows);
  }
  if (groups.length > 1) totalsRow(`${spec.scopeName}合计：${spec.rows.length} ${unit}（${groups.length} 个社区）`, spec.rows);
  const orientation = spec.page.orientation;
  const paper = spec.page.size === 'A3' ? 8 : 9;
  buffer +=
    `</sheetData><mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` +
    '<printOptions horizontalCentered="1"/><pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="${paper}" orientation="${orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${escapeXml(`&L${spec.street.replace(/&/g, "&&")}&C第 &P 页 共 &N 页&R${title}`)}</oddFooter></headerFooter>` +
    (breaks.length > 0 ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join('')}</rowBreaks>` : '') +
    '</worksheet>';
  sheet.end(buffer);
  zip.end();
  await done;
  onProgress(1);
  return { rowCount: spec.rows.length };
}
