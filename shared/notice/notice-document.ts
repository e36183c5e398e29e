/**
 * The community wall notice (公示牌) as a print document: an A3 portrait poster by default (A4 portrait selectable),
 * aggregates only, in type large enough to read from two metres (the numbers are about 2 cm tall on A3, the labels
 * about 1 cm), the complaint phone and mailbox in a band at the foot. The same HTML is shown in the print view,
 * printed by the browser or the Electron shell, and rendered to PDF by `export-notice`.
 */
import type { NoticeData } from '../contract/notice';
import type { OverallVerdict } from '../contract/assessment';
import { formatChineseDate } from '../domain/dates';
import { html, joinHtml } from '../print/html';
import type { SafeHtml } from '../print/html';
import { printDocument } from '../print/print-document';
import type { PaperSize } from '../print/page-setup';
import { TITLE_CJK_STACK } from '../print/print-styles';

export const NOTICE_PAPERS: readonly PaperSize[] = ['A3', 'A4'];

export const VERDICT_TEXT: Record<OverallVerdict, string> = { pass: '达标', fail: '不达标', incomplete: '待评定' };

export function noticeTitle(data: Pick<NoticeData, 'community'>): string {
  return `${data.community.name}创建充分就业社区公示牌`;
}

/** A whole number with thousands separators, as on a poster. */
function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** 83.9%: one decimal, never rounded up to 100% unless it is. */
export function rateText(rate: number | null): string {
  if (rate === null) return '—';
  const tenths = Math.floor(rate * 1000 + 1e-9) / 10;
  return `${tenths.toFixed(1)}%`;
}

function stars(n: number): string {
  return '★'.repeat(Math.max(0, Math.min(5, n)));
}

interface Tile {
  label: string;
  value: string;
  unit: string;
  note?: string;
}

function tileHtml(tile: Tile): SafeHtml {
  return html`<div class="tile"><div class="tile-label">${tile.label}</div><div class="tile-value">${tile.value}<span class="tile-unit">${tile.unit}</span></div>${
    tile.note ? html`<div class="tile-note">${tile.note}</div>` : ''
  }</div>`;
}

function tiles(data: NoticeData): Tile[] {
  const p = data.population;
  const s = data.services;
  return [
    { label: '劳动力资源', value: count(p.labourResources), unit: '人', note: '法定劳动年龄内有劳动能力' },
    { label: '有就业愿望', value: count(p.withWish), unit: '人', note: '劳动力资源中' },
    { label: '已就业', value: count(p.employed), unit: '人', note: '有就业愿望者中' },
    { label: '未就业', value: count(p.unemployed), unit: '人', note: `其中登记失业 ${count(p.registeredUnemployed)} 人` },
    { label: '就业率', value: rateText(p.employmentRate), unit: '', note: '已就业 ÷ 有就业愿望' },
    { label: '零就业家庭', value: count(data.zeroEmploymentFamilies.now), unit: '户', note: '截至公示日现有' },
    { label: '本年消除零就业家庭', value: count(data.zeroEmploymentFamilies.eliminatedThisYear), unit: '户', note: '家庭成员实现就业' },
    {
      label: '就业困难人员',
      value: count(data.difficultPersons.recognised),
      unit: '人',
      note: `本年已帮扶 ${count(data.difficultPersons.helpedThisYear)} 人，已就业 ${count(data.difficultPersons.employed)} 人`,
    },
    {
      label: '本年就业服务',
      value: count(s.total),
      unit: '人次',
      note: `职业指导 ${count(s.guidance)}\u3000职业介绍 ${count(s.referral)}\u3000培训 ${count(s.training)}\u3000政策落实 ${count(s.policy)}`,
    },
    { label: '现有空缺岗位', value: count(data.vacancies.posts), unit: '个', note: `${count(data.vacancies.open)} 条岗位信息` },
  ];
}

function verdictTiles(data: NoticeData): SafeHtml {
  const a = data.assessment;
  const score = a.score !== null && a.maxScore !== null ? html`<span class="verdict-score">得分 ${a.score} / ${a.maxScore}</span>` : '';
  const assessed = html`<div class="tile verdict-tile"><div class="tile-label">创建考核结论</div><div class="verdict-value verdict-${a.verdict}">${VERDICT_TEXT[a.verdict]}${score}</div><div class="tile-note">${a.standard.name}${
    a.standard.example ? '（示例标准）' : ''
  }</div></div>`;
  if (!data.stars) return assessed;
  const level = data.stars.stars;
  const starred = html`<div class="tile verdict-tile"><div class="tile-label">星级</div><div class="verdict-value">${
    level > 0 ? html`<span class="stars">${stars(level)}</span>` : html`<span class="verdict-words">未达到星级</span>`
  }</div><div class="tile-note">${level > 0 ? `${data.stars.starName ?? `${level} 星`}；` : ''}${data.stars.standard.name}${data.stars.standard.example ? '（示例标准，以上级颁布的为准）' : ''}</div></div>`;
  return html`${assessed}${starred}`;
}

function contactHtml(data: NoticeData): SafeHtml {
  const { complaintPhone, complaintMailbox, address, name } = data.street;
  return html`<div class="contact"><div class="contact-line"><span class="contact-label">监督举报电话</span><span class="contact-phone">${complaintPhone ?? '（未设置）'}</span></div><div class="contact-line small"><span class="contact-label">举报信箱</span>${complaintMailbox ?? '（未设置）'}</div>${
    address ? html`<div class="contact-line small"><span class="contact-label">地址</span>${name}劳动保障所\u3000${address}</div>` : ''
  }</div>`;
}

/** Sizes in millimetres on A3; A4 is the same poster scaled to its paper. */
function noticeCss(paper: PaperSize): string {
  const k = paper === 'A3' ? 1 : 0.707;
  const mm = (n: number) => `${(n * k).toFixed(2)}mm`;
  // The paper's height less the page margins (12 mm and 14 mm, shared/print/print-styles) and a little slack.
  const height = (paper === 'A3' ? 420 : 297) - 26 - 4;
  return `
.notice { display: flex; flex-direction: column; height: ${height}mm; border: ${mm(1.2)} solid #b00; padding: ${mm(7)} ${mm(8)}; box-sizing: border-box; font-size: ${mm(6)}; overflow: hidden; }
.notice-title { font-family: ${TITLE_CJK_STACK}; font-weight: bold; color: #b00; text-align: center; font-size: ${mm(19)}; letter-spacing: 0.08em; margin: 0; line-height: 1.15; }
.notice-community { text-align: center; font-family: ${TITLE_CJK_STACK}; font-weight: bold; font-size: ${mm(13)}; line-height: 1.2; margin: ${mm(2)} 0 0; }
.notice-street { text-align: center; font-size: ${mm(6.5)}; line-height: 1.3; margin: ${mm(1)} 0 0; }
.notice-date { text-align: center; font-size: ${mm(6.5)}; line-height: 1.3; margin: ${mm(1.5)} 0 ${mm(4)}; }
.tiles { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); grid-template-rows: repeat(4, minmax(0, 1fr)); gap: ${mm(3)}; flex: 1; min-height: 0; }
.tile { border: ${mm(0.5)} solid #000; padding: ${mm(2)} ${mm(3.5)}; display: flex; flex-direction: column; justify-content: center; overflow: hidden; min-height: 0; }
.tile-label { font-family: ${TITLE_CJK_STACK}; font-weight: bold; font-size: ${mm(8)}; line-height: 1.25; }
.tile-value { font-family: ${TITLE_CJK_STACK}; font-weight: bold; font-size: ${mm(21)}; line-height: 1.15; color: #b00; font-variant-numeric: tabular-nums; white-space: nowrap; }
.tile-unit { font-size: ${mm(8)}; color: #000; margin-left: ${mm(1.5)}; }
.tile-note { font-size: ${mm(5)}; line-height: 1.35; }
.verdict-value { font-family: ${TITLE_CJK_STACK}; font-weight: bold; font-size: ${mm(15)}; line-height: 1.3; }
.verdict-words { font-size: ${mm(11)}; white-space: nowrap; }
.verdict-pass { color: #080; } .verdict-fail { color: #b00; } .verdict-incomplete { color: #a60; }
.verdict-score { display: block; font-size: ${mm(7)}; color: #000; }
.stars { color: #c90; letter-spacing: 0.05em; }
.contact { margin-top: ${mm(3.5)}; border-top: ${mm(1)} solid #b00; padding-top: ${mm(2.5)}; }
.contact-line { font-size: ${mm(9)}; line-height: 1.3; font-family: ${TITLE_CJK_STACK}; font-weight: bold; }
.contact-line.small { font-size: ${mm(6)}; font-weight: normal; margin-top: ${mm(1)}; }
.contact-label { margin-right: ${mm(4)}; }
.contact-phone { font-size: ${mm(14)}; color: #b00; letter-spacing: 0.03em; }
.notice-foot { font-size: ${mm(3.6)}; margin-top: ${mm(2)}; line-height: 1.4; }
`;
}

export interface NoticeOptions {
  paper: PaperSize;
}

/** The complete print document of the notice. */
export function noticeDocument(data: NoticeData, options: NoticeOptions = { paper: 'A3' }): string {
  const title = noticeTitle(data);
  const body = html`<div class="notice">
<h1 class="notice-title">创建充分就业社区公示牌</h1>
<div class="notice-community">${data.community.name}</div>
<div class="notice-street">${data.street.name}</div>
<div class="notice-date">数据截至 ${formatChineseDate(data.asOf)}\u3000（“本年”指 ${formatChineseDate(data.period.from)}起）</div>
<div class="tiles">${joinHtml(tiles(data).map(tileHtml))}${verdictTiles(data)}</div>
${contactHtml(data)}
<div class="notice-foot">说明：劳动力资源指法定劳动年龄内、有劳动能力、非在校学生、非退休的居民；就业率 = 有就业愿望者中已就业人数 ÷ 有就业愿望人数；就业困难人员指截至公示日认定在册者，“已帮扶”指本年有服务记录；就业服务按服务记录计人次。本牌只公示汇总数字，不含个人信息。欢迎居民监督。</div>
</div>`;
  return printDocument({ title, page: { size: options.paper, orientation: 'portrait' }, body, extraCss: noticeCss(options.paper) });
}
