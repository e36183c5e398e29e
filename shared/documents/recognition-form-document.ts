/**
 * 就业困难人员申请审核认定表 (seed 003: 统一《就业困难人员申请审核认定表》) as a print document, A4 portrait: a boxed
 * form — the applicant and their household on the application day, the category applied for, 五清, the applicant's
 * signature, the community's opinion, the street office's review and the recognition — filled from the recorded
 * recognition, with lines left for what is signed by hand.
 */
import type { RecognitionForm } from '../contract/documents';
import type { Recognition } from '../contract/recognitions';
import { formatChineseDate } from '../domain/dates';
import { EDUCATION_LABEL, GENDER_LABEL, REGISTRATION_REASON_LABEL, RELATION_LABEL, WORK_ABILITY_LABEL } from '../domain/workbook/vocabulary';
import { html, joinHtml } from '../print/html';
import type { SafeHtml } from '../print/html';
import { printDocument } from '../print/print-document';
import { checkbox, dateOrBlank, FORM_CSS, formHeading, lineOr } from './document-styles';
import { CATEGORY_LABEL, FIVE_CLEAR_ITEMS } from './labels';
import { personStateText } from './person-state';

export const RECOGNITION_FORM_TITLE = '就业困难人员申请审核认定表';

function reviewHtml(r: Recognition): SafeHtml {
  const decided = r.status === 'recognised' || r.status === 'exited' || r.status === 'refused';
  const recognised = r.status === 'recognised' || r.status === 'exited';
  return html`<div>${checkbox(decided && recognised, '同意认定')}${checkbox(r.status === 'refused', '不予认定')}${r.status === 'applied' ? html`<span class="small muted">（尚未审核）</span>` : ''}</div>
<div>审核意见：${r.reviewNote ?? (decided ? (recognised ? '符合就业困难人员认定条件' : '') : '')}</div>
<div class="opinion-sign">审核人：${lineOr(r.reviewer)}\u3000审核日期：${dateOrBlank(r.reviewedOn)}\u3000（盖章）</div>`;
}

export function recognitionFormDocument(form: RecognitionForm, preparedOn: string): string {
  const { person: p, recognition: r, household: h, badges } = form;
  const categories = joinHtml(
    (Object.keys(CATEGORY_LABEL) as Recognition['category'][]).map((c) => checkbox(r.category === c, CATEGORY_LABEL[c])),
  );
  const five = r.fiveClear;
  const fiveRows = joinHtml(
    FIVE_CLEAR_ITEMS.map((item) => {
      const entry = five?.[item.key];
      return html`<tr><td class="label">${item.label}</td><td colspan="4">${checkbox(entry?.clear === true, '已清')}${checkbox(entry !== undefined && !entry.clear, '未清')}${entry?.note ?? ''}</td></tr>`;
    }),
  );
  const family =
    form.family.length === 0
      ? html`<span class="muted">（申请时户内无其他成员）</span>`
      : html`<table class="form list" style="margin:0"><thead><tr><th>姓名</th><th>与户主关系</th><th>年龄</th><th>就业状况</th></tr></thead><tbody>${form.family.map(
          (m) => html`<tr><td>${m.name}</td><td class="center">${RELATION_LABEL[m.relation]}</td><td class="center">${m.age}</td><td>${m.state}</td></tr>`,
        )}</tbody></table>`;
  const registration = form.registration
    ? `已于${formatChineseDate(form.registration.registeredOn)}办理失业登记（${REGISTRATION_REASON_LABEL[form.registration.reason]}）`
    : '申请时未办理失业登记';
  const result =
    r.status === 'recognised' || r.status === 'exited'
      ? html`经审核，认定为就业困难人员（${CATEGORY_LABEL[r.category]}${r.especiallyDifficult ? '，特别困难' : ''}），认定日期：${formatChineseDate(r.recognisedOn ?? r.reviewedOn ?? r.appliedOn)}。${
          r.commitmentDueOn ? html`<div>特别困难人员，不挑不拣即时就业承诺应于${formatChineseDate(r.commitmentDueOn)}前兑现（72 小时）。</div>` : ''
        }${r.exitedOn ? html`<div>已于${formatChineseDate(r.exitedOn)}退出：${r.exitReason ?? ''}</div>` : ''}`
      : r.status === 'refused'
        ? html`不予认定。`
        : html`<span class="muted">待审核</span>`;
  const body = html`${formHeading(RECOGNITION_FORM_TITLE, null, [
    `街道（乡镇）：${form.header.streetName}`,
    `社区（村）：${form.header.communityName ?? ''}`,
    `编号：${String(r.id).padStart(6, '0')}`,
  ])}
<table class="form">
<colgroup><col style="width:15%"><col style="width:19%"><col style="width:13%"><col style="width:19%"><col style="width:14%"><col style="width:20%"></colgroup>
<tr><td class="label">姓名</td><td>${p.name}</td><td class="label">性别</td><td class="center">${GENDER_LABEL[p.gender]}</td><td class="label">出生日期</td><td class="center">${formatChineseDate(p.birthDate)}</td></tr>
<tr><td class="label">身份证号码</td><td colspan="3" class="id">${p.idNumber}</td><td class="label">文化程度</td><td class="center">${p.education ? EDUCATION_LABEL[p.education] : ''}</td></tr>
<tr><td class="label">联系电话</td><td>${p.phone ?? ''}</td><td class="label">户籍性质</td><td class="center">${h.flags.urban ? '城镇' : '农村'}</td><td class="label">劳动能力</td><td class="center">${WORK_ABILITY_LABEL[p.workAbility]}</td></tr>
<tr><td class="label">家庭住址</td><td colspan="5">${h.address ?? ''}（户编号 ${h.number}）</td></tr>
<tr><td class="label">技能特长</td><td colspan="3">${[p.skills, p.skillLevel].filter(Boolean).join('，')}</td><td class="label">低保户</td><td class="center">${h.flags.dibao ? '是' : '否'}</td></tr>
<tr><td class="label">就业失业状况</td><td colspan="5">${personStateText(badges)}；${registration}</td></tr>
<tr><td class="label">家庭成员情况</td><td colspan="5" class="block">${family}</td></tr>
<tr><td class="label">申请认定类别</td><td colspan="5">${categories}<div>${checkbox(r.especiallyDifficult, '特别困难（申请不挑不拣即时就业承诺）')}</div></td></tr>
<tr><td class="label" rowspan="${FIVE_CLEAR_ITEMS.length + 1}">“五清”情况</td><td colspan="5" class="small">职业技能、择业愿望、家庭情况、就业状况、享受政策情况</td></tr>
${fiveRows}
<tr><td class="label">申请人承诺</td><td colspan="5">本人承诺以上所填情况真实，如有变化及时告知社区。<div class="opinion-sign">申请人（签字）：${lineOr(null)}\u3000申请日期：${formatChineseDate(r.appliedOn)}</div></td></tr>
<tr><td class="label">社区（村）意见</td><td colspan="5" class="block"><div class="opinion"></div><div class="opinion-sign">经办人（签字）：${lineOr(null)}\u3000${dateOrBlank(null)}\u3000（盖章）</div></td></tr>
<tr><td class="label">街道（乡镇）劳动保障机构审核意见</td><td colspan="5" class="block">${reviewHtml(r)}</td></tr>
<tr><td class="label">认定结果</td><td colspan="5">${result}</td></tr>
</table>
<div class="small">注：本表一式两份，街道（乡镇）劳动保障机构、社区（村）各存一份。打印日期：${formatChineseDate(preparedOn)}</div>`;
  return printDocument({ title: `${RECOGNITION_FORM_TITLE}（${p.name}）`, page: { size: 'A4', orientation: 'portrait' }, body, extraCss: FORM_CSS, footerNote: `${form.header.streetName} ${RECOGNITION_FORM_TITLE}` });
}
