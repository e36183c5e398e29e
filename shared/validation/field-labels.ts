/**
 * The Chinese name of each input field, for validation messages that name the field (“缺少“姓名””). Keyed by the
 * field's key in the contracts; a few keys mean different things per area (a person's `name` is 姓名, a
 * community's 社区名称), so an area's own names come first. An area is the part of the method name before the dot.
 * tests/unit/validation/field-labels.test.ts checks that every key of every method's input has a name here.
 */

export type FieldKind = 'date' | 'text' | 'number' | 'flag';

export interface FieldInfo {
  label: string;
  kind?: FieldKind;
}

const d = (label: string): FieldInfo => ({ label, kind: 'date' });
const l = (label: string): FieldInfo => ({ label });

/** Field names used by every area. */
export const FIELD_LABELS: Readonly<Record<string, FieldInfo>> = {
  a: l('第一次考核'),
  address: l('住址'),
  age4050: l('“4050”年龄'),
  agreementId: l('一人一策协议'),
  amount: l('金额'),
  appliedOn: d('申请日期'),
  approvalNumber: l('审批编号'),
  asOf: d('日期'),
  b: l('第二次考核'),
  benefitPeriod: l('享受期限'),
  benefitType: l('政策类型'),
  birthDate: d('出生日期'),
  businessIncome: l('经营性收入'),
  cancelReason: l('注销原因'),
  cancelledOn: d('注销日期'),
  category: l('认定类别'),
  certificate: l('证书'),
  clear: l('是否已清'),
  clerk: l('经办人'),
  closedOn: d('结束日期'),
  code: l('代码'),
  commitmentHours: l('承诺时限（小时）'),
  communityId: l('社区'),
  complaintMailbox: l('投诉信箱'),
  complaintPhone: l('投诉电话'),
  contact: l('联系方式'),
  content: l('内容'),
  contractSigned: l('是否签订劳动合同'),
  course: l('培训项目'),
  date: d('日期'),
  decision: l('审核结论'),
  defaultWomenRetirementBase: l('女性默认退休年龄基准'),
  demandWindowMonths: l('用工需求统计月数'),
  description: l('措施内容'),
  developedByCommunity: l('是否社区开发'),
  dibao: l('是否低保户'),
  doneOn: d('完成日期'),
  education: l('文化程度'),
  effectiveFrom: d('生效日期'),
  employerId: l('用工单位'),
  employerName: l('单位名称'),
  employment: l('就业状况'),
  endDate: d('结束日期'),
  especiallyDifficult: l('是否特别困难'),
  evidence: l('依据'),
  exitReason: l('退出原因'),
  exitedOn: d('退出日期'),
  family: l('家庭情况'),
  fields: l('修改内容'),
  file: l('文件'),
  filledOn: d('招满日期'),
  fiveClear: l('五清'),
  flag: l('标记'),
  followUpIntervalMonths: l('回访间隔（月）'),
  followUpLeadDays: l('回访提前天数'),
  from: d('开始日期'),
  gender: l('性别'),
  goal: l('目标'),
  graduationYear: l('毕业年份'),
  guidanceWorkingDays: l('职业指导时限（工作日）'),
  hasWish: l('是否有就业愿望'),
  hours: l('时长（小时）'),
  householdId: l('家庭户'),
  id: l('记录'),
  idNumber: l('身份证号'),
  idNumbers: l('身份证号'),
  isRetired: l('是否已退休'),
  isStudent: l('是否在校学生'),
  itemId: l('考核项'),
  jobWish: l('择业愿望'),
  joinedOn: d('迁入日期'),
  judgedOn: d('认定日期'),
  kind: l('类型'),
  kinds: l('类型'),
  limit: l('条数上限'),
  men: l('男性年龄'),
  migrantWorker: l('是否进城务工人员'),
  month: l('月份'),
  n: l('工作日数'),
  name: l('名称'),
  noWishReason: l('无就业愿望的原因'),
  note: l('说明'),
  notes: l('备注'),
  number: l('户编号'),
  offset: l('起始位置'),
  openedOn: d('发布日期'),
  outcome: l('结果'),
  pairedCommunityId: l('结对社区'),
  pairedOn: d('结对日期'),
  periodFrom: d('考核期开始日期'),
  periodTo: d('考核期结束日期'),
  personId: l('人员'),
  personIds: l('人员'),
  phone: l('电话'),
  plannedOn: d('计划日期'),
  policies: l('享受政策情况'),
  policiesEnjoyed: l('已享受政策'),
  post: l('岗位'),
  posts: l('岗位数'),
  previewJobId: l('导入预检'),
  publicWelfare: l('是否公益性岗位'),
  q: l('搜索内容'),
  query: l('查询条件'),
  reason: l('原因'),
  recheckIntervalMonths: l('复核间隔（月）'),
  recheckLeadDays: l('复核提前天数'),
  recordedOn: d('记录日期'),
  referralResult: l('推荐结果'),
  registeredOn: d('登记日期'),
  registrationReminderMonths: l('登记失业提醒月数'),
  relation: l('与户主关系'),
  resolution: l('处理结果'),
  resolvedOn: d('办结日期'),
  result: l('结果'),
  resultOn: d('结果日期'),
  retirementBase: l('退休年龄基准'),
  retirementRule: l('退休年龄规则'),
  reviewedOn: d('审核日期'),
  reviewer: l('审核人'),
  ruralExcludedFromZeroEmployment: l('农村户是否排除在零就业家庭之外'),
  score: l('得分'),
  seed: l('随机种子'),
  serviceRecordId: l('服务记录'),
  signedOn: d('签订日期'),
  size: l('规模'),
  skillLevel: l('技能等级'),
  skills: l('技能'),
  socialInsurance: l('社会保险'),
  socialInsurancePaid: l('是否缴纳社会保险'),
  standardId: l('考核标准'),
  startDate: d('开始日期'),
  status: l('状态'),
  subject: l('服务对象'),
  title: l('岗位名称'),
  to: d('截止日期'),
  trainingWanted: l('是否希望参加培训'),
  upcomingDays: l('提前提醒天数'),
  urban: l('是否城镇户'),
  vacancyId: l('岗位'),
  valid: l('是否有效'),
  validity: l('有效性'),
  value: l('取值'),
  verdict: l('结论'),
  version: l('数据版本'),
  veteran: l('是否退役军人'),
  wage: l('工资'),
  wishedJob: l('意向工作'),
  wishedWage: l('期望工资'),
  withOpenVacancies: l('只看有空缺岗位的单位'),
  women: l('女性年龄'),
  women50: l('女工人退休年龄'),
  women55: l('女干部退休年龄'),
  workAbility: l('劳动能力'),
  year: l('年份'),
  zeroFamilyMonths: l('零就业家庭统计月数'),
};

/** Names that differ by area (method prefix): they come before FIELD_LABELS. */
export const AREA_FIELD_LABELS: Readonly<Record<string, Readonly<Record<string, FieldInfo>>>> = {
  system: { name: l('街道（乡镇）名称'), code: l('街道代码') },
  communities: { name: l('社区名称'), code: l('社区代码'), kind: l('社区类型') },
  persons: { name: l('姓名'), date: d('迁移日期') },
  households: { id: l('家庭户') },
  employers: { name: l('单位名称'), id: l('用工单位') },
  vacancies: { id: l('岗位') },
  services: { kind: l('服务类型'), date: d('服务日期') },
  spells: { kind: l('就业形式') },
  complaints: { id: l('投诉'), date: d('投诉日期') },
  standards: { name: l('标准名称') },
  exchange: { bureauCode: l('上级单位代码'), bureauName: l('上级单位名称') },
  packages: { kind: l('交换包类型'), year: l('年度'), recipient: l('接收方代码'), passphrase: l('口令'), communityCodes: l('划转的社区'), file: l('交换包文件') },
  annual: { year: l('年度'), assessmentId: l('上报的考核结果'), recommended: l('推荐为优秀的社区'), note: l('说明') },
  verdicts: { year: l('年度') },
};

/** The field a path points at: its last key, and the list position when the path ends in one. */
function lastKey(path: readonly PropertyKey[]): { key: string | null; index: number | null } {
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const before = path[path.length - 2];
    return { key: typeof before === 'string' ? before : null, index: last };
  }
  return { key: typeof last === 'string' ? last : null, index: null };
}

/** What a validation message calls the field at `path` of method `method`'s input. */
export function fieldInfo(path: readonly PropertyKey[], method?: string): FieldInfo {
  const { key, index } = lastKey(path);
  if (key === null) return { label: path.length === 0 ? '输入' : `第 ${(index ?? 0) + 1} 项` };
  const area = method?.split('.')[0] ?? '';
  const info = AREA_FIELD_LABELS[area]?.[key] ?? FIELD_LABELS[key] ?? { label: key };
  return index === null ? info : { ...info, label: `${info.label}第 ${index + 1} 项` };
}
