import { describe, expect, it } from 'vitest';
import { cssString, escapeHtml, html, joinHtml, textHtml } from '../../../shared/print/html';
import { LEDGER_PAGE } from '../../../shared/print/page-setup';
import { PRINT_DOCUMENT_CSP, printDocument } from '../../../shared/print/print-document';
import { printTable } from '../../../shared/print/print-table';
import type { PrintColumn } from '../../../shared/print/print-table';

const HOSTILE = `<script>alert("x")</script>&'"<img src=x onerror=alert(1)>`;

const heading = { title: '劳动力资源台账', street: '解放路街道', community: '七星岗社区', asOf: '2026-11-20', preparedBy: '王会计', preparedOn: '2026-11-21' };
const columns: PrintColumn[] = [
  { label: '序号', width: 4, align: 'right' },
  { label: '姓名', width: 8 },
  { label: '身份证号码', width: 17, code: true },
];

describe('print HTML escaping', () => {
  it('escapes the five special characters and drops control characters', () => {
    expect(escapeHtml(`a<b>&"c'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&#39;');
  });

  it('the html tag escapes every value but nested html', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<td>${HOSTILE}</td>${inner}${[1, null, 'x&y']}`.value).toBe(
      `<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;&quot;&lt;img src=x onerror=alert(1)&gt;</td><b>&lt;i&gt;</b>1x&amp;y`,
    );
    expect(joinHtml([html`${'<'}`, html`${'>'}`], '&').value).toBe('&lt;&amp;&gt;');
    expect(textHtml('一\n<二>').value).toBe('一<br>&lt;二&gt;');
  });

  it('a CSS string cannot close the string or the style element', () => {
    const s = cssString('a"b\\c</style><script>');
    expect(s.startsWith('"') && s.endsWith('"')).toBe(true);
    expect(s.slice(1, -1)).not.toMatch(/(^|[^\\])"/);
    expect(s).not.toContain('<');
    expect(s).not.toContain('>');
  });

  it('a table of hostile text holds no markup from the data', () => {
    const out = printTable({
      heading: { ...heading, street: HOSTILE, community: HOSTILE, preparedBy: HOSTILE, title: HOSTILE },
      columns,
      rows: [{ kind: 'group', text: HOSTILE }, { kind: 'row', cells: [1, HOSTILE, '500103198001011234'] }, { kind: 'totals', label: HOSTILE, labelSpan: 2, cells: [HOSTILE] }],
      emptyText: HOSTILE,
    }).value;
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out.match(/&lt;script&gt;/g)?.length).toBe(8);
  });

  it('a whole document: no script, its own CSP, the page rule with the page numbers', () => {
    const doc = printDocument({ title: HOSTILE, page: LEDGER_PAGE, body: printTable({ heading, columns, rows: [], emptyText: '没有记录' }), footerNote: HOSTILE });
    expect(doc).not.toMatch(/<script|<img/i);
    expect(doc).toContain(`content="${PRINT_DOCUMENT_CSP.replace(/'/g, '&#39;')}"`);
    expect(doc).toContain('size: A4 landscape');
    expect(doc).toContain('content: "第 " counter(page) " 页 共 " counter(pages) " 页"');
    expect(doc).toContain('thead { display: table-header-group; }');
    expect(doc).toContain('break-inside: avoid');
    expect(doc).toMatch(/font-family: "SimSun", "宋体"/);
    // The footer note is a CSS string: its quotes and angle brackets are escaped.
    expect(doc).not.toContain('</style><script>');
  });
});

describe('print table', () => {
  it('puts the title block and the column headers in thead, repeated on every page', () => {
    const out = printTable({ heading, columns, rows: [{ kind: 'row', cells: [1, '张三', '500103198001011234'] }], emptyText: '没有记录' }).value;
    const thead = /<thead>([\s\S]*)<\/thead>/.exec(out)?.[1] ?? '';
    expect(thead).toContain('劳动力资源台账');
    expect(thead).toContain('街道：解放路街道');
    expect(thead).toContain('社区：七星岗社区');
    expect(thead).toContain('截至日期：2026年11月20日');
    expect(thead).toContain('制表人：王会计');
    expect(thead).toContain('制表日期：2026年11月21日');
    expect(thead).toContain('<th>身份证号码</th>');
    expect(out).toContain('<td class="id">500103198001011234</td>');
    expect(out).not.toContain('没有记录');
  });

  it('with no rows: the headers and a line saying so, not a blank page', () => {
    const out = printTable({ heading, columns, rows: [{ kind: 'group', text: '七星岗社区（0 人）' }], emptyText: '截至 2026年11月20日 没有符合条件的人员' }).value;
    expect(out).toContain('<th>姓名</th>');
    expect(out).toContain('<tr class="empty"><td colspan="3">截至 2026年11月20日 没有符合条件的人员</td></tr>');
    expect(out).toContain('七星岗社区（0 人）');
  });

  it('a totals row spans its label and fills the other columns', () => {
    const out = printTable({ heading, columns, rows: [{ kind: 'row', cells: [1, 'a', 'b'] }, { kind: 'totals', label: '合计', labelSpan: 2, cells: ['3 人'] }], emptyText: '' }).value;
    expect(out).toContain('<tr class="totals"><td colspan="2">合计</td><td class="id">3 人</td></tr>');
  });
});
