/**
 * The household card (户卡, "一户一卡") as a print document, A4 landscape: the household and its flags, its members
 * on the date with their state, employment, registration, wish and recognition, its family episodes, and its
 * services up to the date (headers repeated when a table runs over pages).
 */
import type { CardMember, HouseholdCard } from '../contract/documents';
import type { ServiceRecord } from '../contract/services';
import { formatChineseDate } from '../domain/dates';
import { EDUCATION_LABEL, GENDER_LABEL, REFERRAL_RESULT_LABEL, REGISTRATION_REASON_LABEL, RELATION_LABEL, SERVICE_KIND_LABEL, SPELL_KIND_LABEL, WORK_ABILITY_LABEL } from '../domain/workbook/vocabulary';
import { html, joinHtml } from '../print/html';
import type { SafeHtml } from '../print/html';
import { printDocument } from '../print/print-document';
import { FORM_CSS, formHeading, lineOr } from './document-styles';
import { CATEGORY_LABEL, EPISODE_END_LABEL, EPISODE_KIND_LABEL } from './labels';
import { personStateText } from './person-state';

export function householdCardTitle(card: Pick<HouseholdCard, 'household'>): string {
  return `户卡（户编号 ${card.household.number}）`;
}

function employmentText(m: CardMember): string {
  const parts: string[] = [];
  if (m.spell) {
    const where = [m.spell.employerName, m.spell.post].filter(Boolean).join(' ');
    parts.push(`${SPELL_KIND_LABEL[m.spell.kind]}${where ? `：${where}` : ''}（${formatChineseDate(m.spell.startDate)}起）`);
  }
  if (m.registration) parts.push(`登记失业 ${formatChineseDate(m.registration.registeredOn)}（${REGISTRATION_REASON_LABEL[m.registration.reason]}）`);
  return parts.join('；');
}

function wishText(m: CardMember): string {
  const w = m.wish;
  if (!w) return '未登记';
  if (!w.hasWish) return `无（${w.noWishReason ?? '未说明'}）`;
  return ['有', w.wishedJob ? `意向：${w.wishedJob}` : '', w.trainingWanted ? `培训：${w.trainingWanted}` : ''].filter(Boolean).join('；');
}

function memberRow(m: CardMember, index: number): SafeHtml {
  const p = m.person;
  const tags = [m.badges.is4050 ? '4050' : '', m.badges.longTermUnemployed ? '长期失业' : '', p.migrantWorker ? '农民工' : '', p.veteran ? '复转军人' : '', p.graduationYear ? `${p.graduationYear}届毕业生` : '']
    .filter(Boolean)
    .join('、');
  return html`<tr>
<td class="center">${index + 1}</td><td>${p.name}</td><td class="center">${RELATION_LABEL[m.relation]}</td><td class="center">${GENDER_LABEL[p.gender]}</td>
<td class="center">${p.birthDate}</td><td class="id">${p.idNumber}</td><td class="center">${p.education ? EDUCATION_LABEL[p.education] : ''}</td>
<td class="center">${WORK_ABILITY_LABEL[p.workAbility]}</td><td>${p.phone ?? ''}</td><td>${personStateText(m.badges)}${tags ? html`<div class="small">${tags}</div>` : ''}</td>
<td>${employmentText(m)}</td><td>${wishText(m)}</td><td>${m.recognition ? `${CATEGORY_LABEL[m.recognition.category]}（${formatChineseDate(m.recognition.recognisedOn ?? m.recognition.appliedOn)}认定）` : ''}</td>
</tr>`;
}

function serviceDetail(s: ServiceRecord): string {
  const parts = [s.content ?? ''];
  if (s.kind === 'referral') parts.push([s.vacancyTitle ? `岗位：${s.vacancyTitle}` : '', s.referralResult ? `结果：${REFERRAL_RESULT_LABEL[s.referralResult]}` : ''].filter(Boolean).join('，'));
  if (s.kind === 'training') parts.push([s.course, s.hours !== null ? `${s.hours} 学时` : '', s.certificate ? `证书：${s.certificate}` : ''].filter(Boolean).join('，'));
  if (s.kind === 'policy_benefit') parts.push([s.benefitType, s.amount !== null ? `${s.amount} 元` : '', s.benefitPeriod, s.approvalNumber ? `批准文号：${s.approvalNumber}` : ''].filter(Boolean).join('，'));
  if (s.outcome) parts.push(`结果：${s.outcome}`);
  return parts.filter((p) => p.trim() !== '').join('；');
}

export function householdCardDocument(card: HouseholdCard, preparedOn: string): string {
  const h = card.household;
  const present = card.episodes.filter((e) => e.presentOnDate);
  const familyState = present.length === 0 ? '—' : present.map((e) => `${EPISODE_KIND_LABEL[e.kind]}（${formatChineseDate(e.appeared)}起）`).join('；');
  const members = card.members.length === 0
    ? html`<tr><td class="empty" colspan="13">该日本户没有成员</td></tr>`
    : joinHtml(card.members.map(memberRow));
  const episodes = card.episodes.length === 0
    ? html`<tr><td class="empty" colspan="4">截至该日本户未出现过零就业或双下岗双失业情况</td></tr>`
    : joinHtml(card.episodes.map((e) => html`<tr><td>${EPISODE_KIND_LABEL[e.kind]}</td><td class="center">${e.appeared}</td><td class="center">${e.presentOnDate ? '（至今）' : (e.ended ?? '')}</td><td>${e.presentOnDate ? '' : e.endReason ? EPISODE_END_LABEL[e.endReason] : ''}</td></tr>`));
  const services = card.services.length === 0
    ? html`<tr><td class="empty" colspan="6">截至该日没有服务记录</td></tr>`
    : joinHtml(card.services.map((s, i) => html`<tr><td class="center">${i + 1}</td><td class="center">${s.date}</td><td>${s.personName ?? '（本户）'}</td><td class="center">${SERVICE_KIND_LABEL[s.kind]}</td><td>${serviceDetail(s)}</td><td class="center">${s.clerk ?? ''}</td></tr>`));
  const body = html`${formHeading('户\u3000卡', null, [
    `街道：${card.header.streetName}`,
    `社区：${card.header.communityName ?? ''}`,
    `户编号：${h.number}`,
    `截至日期：${formatChineseDate(card.asOf)}`,
    `制表日期：${formatChineseDate(preparedOn)}`,
  ])}
<table class="form">
<colgroup><col style="width:12%"><col style="width:38%"><col style="width:12%"><col style="width:38%"></colgroup>
<tr><td class="label">家庭住址</td><td colspan="3">${h.address ?? ''}</td></tr>
<tr><td class="label">户籍类别</td><td>${h.flags.urban ? '城镇' : '农村'}</td><td class="label">低保户</td><td>${h.flags.dibao ? '是' : '否'}</td></tr>
<tr><td class="label">经营性投资性收入</td><td>${h.flags.businessIncome ? '有' : '无'}</td><td class="label">家庭就业状况</td><td>${familyState}</td></tr>
</table>
<div class="section-title">一、家庭成员（${formatChineseDate(card.asOf)}在本户的人员）</div>
<table class="form list">
<colgroup><col style="width:3.5%"><col style="width:6%"><col style="width:5%"><col style="width:3.5%"><col style="width:7.5%"><col style="width:14.5%"><col style="width:5%"><col style="width:5%"><col style="width:8.5%"><col style="width:8%"><col style="width:13.5%"><col style="width:10.5%"><col style="width:9.5%"></colgroup>
<thead><tr><th>序号</th><th>姓名</th><th>与户主关系</th><th>性别</th><th>出生日期</th><th>身份证号码</th><th>文化程度</th><th>劳动能力</th><th>联系电话</th><th>状态</th><th>就业及失业登记</th><th>就业愿望</th><th>困难认定</th></tr></thead>
<tbody>${members}</tbody>
</table>
<div class="section-title">二、零就业家庭、双下岗双失业家庭记录</div>
<table class="form list">
<colgroup><col style="width:25%"><col style="width:20%"><col style="width:20%"><col style="width:35%"></colgroup>
<thead><tr><th>类别</th><th>出现日期</th><th>结束日期</th><th>结束原因</th></tr></thead>
<tbody>${episodes}</tbody>
</table>
<div class="section-title">三、就业服务记录（本户及成员在本户期间，截至${formatChineseDate(card.asOf)}）</div>
<table class="form list">
<colgroup><col style="width:5%"><col style="width:10%"><col style="width:10%"><col style="width:11%"><col style="width:54%"><col style="width:10%"></colgroup>
<thead><tr><th>序号</th><th>日期</th><th>对象</th><th>服务类型</th><th>内容及结果</th><th>经办人</th></tr></thead>
<tbody>${services}</tbody>
</table>
<div class="sign"><div>填卡人：${lineOr(null)}</div><div>审核人：${lineOr(null)}</div><div>填卡日期：${lineOr(formatChineseDate(preparedOn))}</div></div>`;
  return printDocument({ title: householdCardTitle(card), page: { size: 'A4', orientation: 'landscape' }, body, extraCss: FORM_CSS, footerNote: `${card.header.streetName} ${card.header.communityName ?? ''} 户卡 ${h.number}` });
}
