/**
 * F1: a short guide per page — what the page is for, what to do there, and its keys. Keyed by the route the page is
 * reached at (an area of the navigation, or a detail page); every page of the navigation and both detail pages have
 * one (tests/unit/office-language/page-help.test.ts).
 */

export interface PageHelp {
  title: string;
  /** What the page is for, in a sentence or two. */
  purpose: string;
  /** What a clerk does there, in order of how often. */
  tasks: readonly string[];
  /** The page's own keys: [key, what it does]. */
  keys: readonly (readonly [string, string])[];
}

/** The keys that work on every page. */
export const GLOBAL_KEYS: readonly (readonly [string, string])[] = [
  ['F1', '本页说明（即此窗口）'],
  ['Ctrl+K 或 /', '查找人员：姓名、拼音（zhang、zw、zhangw）、身份证号或电话的一部分'],
  ['Alt+1 … Alt+0、Alt+X、Alt+U', '转到左侧导航中的各页'],
  ['Enter', '在对话框中保存（多行文本框中用 Ctrl+Enter）'],
  ['Esc', '关闭对话框或下拉列表'],
];

const LIST_KEYS: readonly (readonly [string, string])[] = [
  ['↑ ↓', '在列表中逐行移动'],
  ['PageUp PageDown Home End', '翻页、到首行或末行'],
  ['Enter', '打开所选的一行'],
];

export const PAGE_HELP: Readonly<Record<string, PageHelp>> = {
  '/communities': {
    title: '社区',
    purpose: '街道所辖的社区（村）：12 位社区代码、名称、联系人，各社区的户数和人数，“六到位”情况，以及上级下发的考核结论。',
    tasks: [
      '点击社区的名称或所在行，打开该社区的户和人员（人员与家庭）',
      '新增社区、编辑社区信息（街道管理员和街道经办人）',
      '填写“六到位”：机构、人员、经费、场地、制度、成效，注明依据（社区经办人只填本社区）',
      '打印公示牌：按日期生成社区的公示内容（只含汇总数，不含个人信息）',
    ],
    keys: [['Alt+N', '新增社区']],
  },
  '/registry': {
    title: '人员与家庭',
    purpose: '按社区查看登记的户：户编号、户主、地址、人数和户的标志（低保、城镇/农村等）。从这里进入户页和人员页。',
    tasks: [
      '在右上角选择社区；在筛选框中输入户编号、地址或户主姓名缩小范围',
      '新建户：户编号全街道唯一，建好后进入户页添加成员',
      '打开一户，查看成员、户的标志和零就业、双失业情况',
    ],
    keys: [['Alt+N', '新建户'], ['↓（在筛选框中）', '进入列表'], ...LIST_KEYS],
  },
  '/household/:id': {
    title: '户',
    purpose: '一户的情况：选定日期时的成员及其与户主关系，其他时间的成员，户的标志（按日期记载），零就业家庭和双失业家庭的出现与消除，对本户的服务。',
    tasks: [
      '添加成员（随户登记的留空迁入日期；婚入、回迁的填第一天）',
      '修改户的标志（低保、城镇/农村、经营性或投资性收入），注明生效日期',
      '查看某日状态：输入日期，看那一天的成员和家庭情况',
      '打印户卡',
    ],
    keys: [['Alt+N', '添加成员'], ['Ctrl+P', '打印本页']],
  },
  '/person/:id': {
    title: '人员',
    purpose: '一个人的全部情况：今天（或选定日期）的状态，基本信息，就业与失业、就业意愿，困难认定和援助协议，服务记录，“十清”“五清”缺项和时间线。',
    tasks: [
      '新增就业、失业登记（登记后 3 个工作日内须做职业指导）、记录就业意愿',
      '记录服务（职业指导、职业介绍、培训、跟踪回访等）',
      '困难认定、援助协议（一人一策）和即时就业承诺',
      '编辑基本信息、迁移到另一户、迁出',
      '查看某日状态：输入日期，看那一天所在的户、社区和状态',
    ],
    keys: [
      ['J', '新增就业'],
      ['D', '失业登记'],
      ['Y', '就业意愿'],
      ['S', '记录服务'],
      ['Ctrl+P', '打印本页'],
    ],
  },
  '/worklist': {
    title: '待办',
    purpose: '到期和逾期的事项：登记后的职业指导、零就业家庭和即时就业承诺、登记满 9/11 个月、跟踪回访、即将到龄、台账缺项和年度复核等。',
    tasks: [
      '按社区、经办人和类型筛选',
      '打开一行，到对应的人员、家庭或社区处办理；办理（记录服务、登记等）后，该事项按规则不再列入待办',
      '打印当前列表',
    ],
    keys: [...LIST_KEYS, ['Ctrl+P', '打印本页']],
  },
  '/assessment': {
    title: '考核',
    purpose: '按选定的考核标准，在截止日对每个社区和全街道逐项计算：数值、达标值、是否达标，未达标的人员和待办的人员。',
    tasks: [
      '选择考核标准、截止日和考核期间；点开一项查看计算依据和涉及的人员',
      '录入人工评定的项目（如“六到位”）',
      '保存考核结果，之后可查看、比较；查看 12 个月的趋势',
    ],
    keys: [['Ctrl+P', '打印本页']],
  },
  '/activities': {
    title: '服务活动',
    purpose: '一次为许多人提供的服务（如招聘会、培训班、政策宣讲）：一次登记，记入每位参加者的服务记录。',
    tasks: ['登记活动的日期、种类和内容', '逐个查找参加者，或粘贴一列身份证号码', '保存后，每位参加者的人员页都有这条服务记录'],
    keys: [['Enter（在查找框中）', '加入所选的人员']],
  },
  '/employers': {
    title: '用工单位',
    purpose: '辖区用工单位及其与社区的结对，单位的岗位（空缺），按岗位推荐合适的人员，以及职业介绍的结果。',
    tasks: ['新增、编辑用工单位', '在单位页新增岗位、登记岗位已招满', '查看推荐人员，记录职业介绍'],
    keys: [['Alt+N', '新增用工单位（单位页：新增岗位）']],
  },
  '/complaints': {
    title: '投诉',
    purpose: '针对社区就业服务的举报和投诉：登记、认定是否有效（写明理由和认定日期）、办结。考核只计截止日以前认定为有效的投诉。',
    tasks: ['登记投诉：日期、社区、内容', '认定有效或无效，写明理由', '办结'],
    keys: [['Alt+N', '登记投诉']],
  },
  '/settings': {
    title: '设置',
    purpose: '全街道通用的设置：工作日历（节假日和调休）、人口口径（退休年龄、4050 年龄）、待办期限、安全与备份、交换、街道信息和打印设置。',
    tasks: [
      '工作日历：核对节假日和调休，导入以后年份的日历文件',
      '人口口径、待办期限：修改后立即生效',
      '街道信息：名称、举报电话、举报信箱、默认制表人',
      '打印设置：公开打印件中身份证号码和电话的遮盖方式',
    ],
    keys: [['方向键（日历中）', '移动所选日期'], ['Enter 或空格（日历中）', '打开所选日期，修改是否为工作日']],
  },
  '/transfer': {
    title: '导入/导出',
    purpose: '标准数据工作簿（Excel）的导入和导出：从其他系统或表格批量导入户、人员和记录，或导出全部数据。',
    tasks: [
      '导入：选择工作簿，先检查（列出每个问题所在的表、行、列），没有问题再确认导入',
      '导出：生成包含全部户、人员和记录的工作簿',
      '下载空白模板',
    ],
    keys: [],
  },
  '/ledgers': {
    title: '台账',
    purpose: '“一户一卡、一居一帐、一街一册”：按截至日期生成十二种台账，可按社区或全街道查看。',
    tasks: ['选择台账、社区和截至日期', '查找、按列筛选、点击表头排序；列设置保存本所的列顺序', '打印或导出 Excel'],
    keys: [['↑ ↓', '在台账中逐行移动'], ['Enter（在表头上）', '按该列排序']],
  },
  '/exchange': {
    title: '交换',
    purpose: '与区（县）局和其他街道交换数据的交换包：导出、导入、年度上报，以及交换记录和回执。',
    tasks: [
      '导出交换包：选择种类、年度和接收方，设置口令',
      '导入交换包：输入口令，先看试导入的结果和冲突，再确认导入',
      '年度上报：冻结当年的考核结果并生成上报包',
    ],
    keys: [['Ctrl+P（回执页）', '打印回执']],
  },
  '/admin': {
    title: '用户与安全',
    purpose: '工作台的用户和角色（街道管理员、街道经办人、社区经办人、检查人员），审计日志，备份与恢复。',
    tasks: ['添加用户、编辑用户、重置密码', '查看审计日志：谁在何时做了什么', '查看自动备份，备份到选定的文件，或从备份恢复（恢复前先校验备份文件）'],
    keys: [],
  },
};

/** The guide of the page at `path` (`/person/12` → the person page's), or null for a page without one. */
export function helpFor(path: string): PageHelp | null {
  const bare = path.split('?')[0] ?? '';
  const parts = bare.split('/').filter(Boolean);
  if (parts[0] === 'person' && parts.length === 2) return PAGE_HELP['/person/:id'] ?? null;
  if (parts[0] === 'household' && parts.length === 2) return PAGE_HELP['/household/:id'] ?? null;
  return PAGE_HELP[`/${parts[0] ?? ''}`] ?? null;
}
