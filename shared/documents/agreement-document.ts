/**
 * 就业援助协议书（一人一策） (seed 003: 以援助协议的方式实施“一人一策”) as a print document, A4 portrait: the parties
 * (the street office with the community, and the recognised difficult person), the goal, the planned measures with
 * their dates and what was done, each party's undertakings, the follow-up visits, and the signatures.
 */
import type { AgreementDocument } from '../contract/documents';
import { MEASURE_KIND_LABEL } from '../domain/assistance';
import { formatChineseDate } from '../domain/dates';
import { GENDER_LABEL } from '../domain/workbook/vocabulary';
import { html, joinHtml } from '../print/html';
import { printDocument } from '../print/print-document';
import { dateOrBlank, FORM_CSS, formHeading, lineOr } from './document-styles';
import { CATEGORY_LABEL } from './labels';

export const AGREEMENT_TITLE = '就业援助协议书';

export function agreementDocument(doc: AgreementDocument, preparedOn: string): string {
  const { agreement: a, person: p, recognition: r, header } = doc;
  const partyA = `${header.streetName}劳动保障所${header.communityName ? `（${header.communityName}）` : ''}`;
  const measures =
    a.measures.length === 0
      ? html`<tr><td class="empty" colspan="6">（尚未列入援助措施）</td></tr>`
      : joinHtml(
          a.measures.map(
            (m, i) =>
              html`<tr><td class="center">${i + 1}</td><td class="center">${MEASURE_KIND_LABEL[m.kind]}</td><td>${m.description}</td><td class="center">${m.plannedOn}</td><td class="center">${m.doneOn ?? ''}</td><td>${
                m.doneOn ? (m.serviceRecordSummary ?? '已完成') : m.overdue ? '逾期未完成' : '未完成'
              }</td></tr>`,
          ),
        );
  const followUps =
    a.followUps.length === 0
      ? html`<tr><td class="empty" colspan="4">（尚无回访记录）</td></tr>`
      : joinHtml(a.followUps.map((f) => html`<tr><td class="center">${f.date}</td><td class="center">${f.clerk ?? ''}</td><td>${f.content ?? ''}</td><td>${f.outcome ?? ''}</td></tr>`));
  const dutiesA = [
    `按本协议为乙方提供所列援助措施，由经办人${a.clerk}负责联系乙方。`,
    '定期跟踪回访，了解乙方就业情况，根据需要调整援助措施。',
    '帮助乙方落实依法可以享受的就业扶持政策。',
    ...(r.especiallyDifficult && r.commitmentDueOn ? [`乙方为特别困难人员，甲方作出不挑不拣即时就业承诺，于${formatChineseDate(r.commitmentDueOn)}前为乙方提供就业岗位（72 小时内）。`] : []),
  ];
  const dutiesB = [
    '如实提供本人及家庭情况，情况发生变化时及时告知甲方。',
    '积极参加甲方安排的职业指导、职业介绍、职业培训等就业准备活动。',
    '对甲方介绍的适合本人的岗位积极应聘；无正当理由两次拒绝的，视为无就业愿望。',
  ];
  const body = html`${formHeading(AGREEMENT_TITLE, '（一人一策）', [`协议编号：${String(a.id).padStart(6, '0')}`, `签订日期：${formatChineseDate(a.signedOn)}`, `打印日期：${formatChineseDate(preparedOn)}`])}
<table class="form">
<colgroup><col style="width:16%"><col style="width:34%"><col style="width:16%"><col style="width:34%"></colgroup>
<tr><td class="label">甲方（援助方）</td><td colspan="3">${partyA}${header.address ? `，地址：${header.address}` : ''}</td></tr>
<tr><td class="label">乙方（援助对象）</td><td>${p.name}（${GENDER_LABEL[p.gender]}）</td><td class="label">身份证号码</td><td class="id">${p.idNumber}</td></tr>
<tr><td class="label">联系电话</td><td>${p.phone ?? ''}</td><td class="label">认定类别</td><td>${CATEGORY_LABEL[r.category]}${r.especiallyDifficult ? '（特别困难）' : ''}，${formatChineseDate(r.recognisedOn ?? r.appliedOn)}认定</td></tr>
<tr><td class="label">家庭住址</td><td colspan="3">${doc.household.address ?? ''}（户编号 ${doc.household.number}）</td></tr>
</table>
<p class="clause">为帮助乙方尽快实现就业，甲方根据乙方的就业困难人员认定结果和本人情况，经双方协商，实行“一人一策”就业援助，签订本协议。</p>
<div class="section-title">一、援助目标</div>
<p class="clause">${a.goal}</p>
<div class="section-title">二、援助措施</div>
<table class="form list">
<colgroup><col style="width:6%"><col style="width:15%"><col style="width:37%"><col style="width:13%"><col style="width:13%"><col style="width:16%"></colgroup>
<thead><tr><th>序号</th><th>措施类别</th><th>措施内容</th><th>计划完成日期</th><th>完成日期</th><th>执行情况</th></tr></thead>
<tbody>${measures}</tbody>
</table>
<div class="section-title">三、甲方责任</div>
<ol class="clause-list">${dutiesA.map((d) => html`<li>${d}</li>`)}</ol>
<div class="section-title">四、乙方责任</div>
<ol class="clause-list">${dutiesB.map((d) => html`<li>${d}</li>`)}</ol>
<div class="section-title">五、跟踪回访记录</div>
<table class="form list">
<colgroup><col style="width:14%"><col style="width:12%"><col style="width:44%"><col style="width:30%"></colgroup>
<thead><tr><th>回访日期</th><th>经办人</th><th>回访内容</th><th>回访结果</th></tr></thead>
<tbody>${followUps}</tbody>
</table>
<div class="section-title">六、其他</div>
<p class="clause">本协议自签订之日起生效，乙方实现就业或不再符合就业困难人员条件时终止。本协议一式两份，甲乙双方各执一份。${a.notes ? `备注：${a.notes}` : ''}</p>
${a.status === 'closed' ? html`<p class="clause">本协议已于${formatChineseDate(a.closedOn ?? a.lastEventOn)}终止，终止原因：${a.closeReason ?? ''}。</p>` : ''}
<div class="sign"><div>甲方（盖章）<br>经办人：${lineOr(a.clerk)}<br>日期：${formatChineseDate(a.signedOn)}</div><div>乙方（签字）：${lineOr(null)}<br><br>日期：${dateOrBlank(null)}</div></div>`;
  return printDocument({ title: `${AGREEMENT_TITLE}（${p.name}）`, page: { size: 'A4', orientation: 'portrait' }, body, extraCss: FORM_CSS, footerNote: `${header.streetName} ${AGREEMENT_TITLE}` });
}
