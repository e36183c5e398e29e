/** The fields only some kinds of service have: referral (vacancy, result), training (course, hours), policy benefit. */
import type { FieldItem } from '../../components/form-dialog/field-spec';
import type { ServiceForm } from './service-form';
import { REFERRAL_RESULT_LABEL } from './service-kinds';
import type { ServiceKind } from './service-kinds';

const { pending, hired, refused } = REFERRAL_RESULT_LABEL;
const BENEFIT_TYPES = ['社会保险补贴', '岗位补贴', '公益性岗位补贴', '职业培训补贴', '职业技能鉴定补贴', '一次性创业补贴', '创业担保贷款', '就业困难人员灵活就业补贴'];

/** `vacancy`: the dialog's own 介绍岗位 search, shown for a referral. */
export function kindFields(kind: ServiceKind | null, vacancy: FieldItem<ServiceForm>): FieldItem<ServiceForm>[] {
  if (kind === 'referral') return [vacancy, { kind: 'radio', name: 'referralResult', label: '介绍结果', required: true, data: { pending, hired, refused } }];
  if (kind === 'training') {
    return [
      {
        row: [
          { kind: 'text', name: 'course', label: '培训项目', required: true },
          {
            kind: 'number',
            name: 'hours',
            label: '学时',
            required: true,
            requiredMessage: '请填写学时（数字）',
            min: 0,
            max: 2000,
            decimals: 1,
            check: (hours) => (typeof hours !== 'number' ? '请填写学时（数字）' : hours <= 0 && '学时应大于 0'),
          },
          { kind: 'text', name: 'certificate', label: '证书', placeholder: '如 育婴员五级（可空）' },
        ],
      },
    ];
  }
  if (kind === 'policy_benefit') {
    return [
      {
        row: [
          { kind: 'autocomplete', name: 'benefitType', label: '政策类型', required: true, data: BENEFIT_TYPES },
          {
            kind: 'number',
            name: 'amount',
            label: '金额（元）',
            required: true,
            min: 0,
            decimals: 2,
            thousands: true,
            check: (amount) => (typeof amount !== 'number' ? '请填写金额（元）' : amount < 0 && '金额不能为负数'),
          },
          { kind: 'text', name: 'benefitPeriod', label: '享受期限', required: true, placeholder: '如 2025年1月至6月' },
          { kind: 'text', name: 'approvalNumber', label: '审批编号', required: true },
        ],
        cols: 2,
      },
    ];
  }
  return [];
}
