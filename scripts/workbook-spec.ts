/**
 * Writes docs/workbook-v2.md, the specification of the standard data workbook version 2, from the sheet definitions
 * the importer and exporter use (shared/domain/workbook/sheets*.ts) and the rules written below: every sheet, column,
 * vocabulary and cross-sheet rule. tests/unit/workbook-spec-doc.test.ts fails when the file is not what this writes.
 *
 *   npx tsx scripts/workbook-spec.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allowedValues, GENERAL_RULES } from '../shared/domain/workbook/notes';
import type { SheetField } from '../shared/domain/workbook/sheets';
import { NOTES_SHEET, SHEET_DEFS, SHEET_ORDER, WORKBOOK_FORMAT_VERSION } from '../shared/domain/workbook/sheets';
import {
  COMMUNITY_KIND_LABEL,
  DECISION_LABEL,
  EDUCATION_LABEL,
  HUKOU_LABEL,
  MEASURE_KIND_LABEL,
  NO_WISH_REASONS,
  RECOGNITION_CATEGORY_LABEL,
  REFERRAL_RESULT_LABEL,
  REGISTRATION_REASON_LABEL,
  RELATION_LABEL,
  SERVICE_KIND_LABEL,
  SPELL_KIND_LABEL,
  WORK_ABILITY_LABEL,
} from '../shared/domain/workbook/vocabulary';
import { HOUSEHOLD_SERVICE_KINDS } from '../shared/domain/workbook/sheets-households';

export const SPEC_PATH = fileURLToPath(new URL('../docs/workbook-v2.md', import.meta.url));

/** The columns that name a row (its key); a row whose key the database holds updates that record. */
const KEYS: Record<SheetField, string> = {
  street: '街道代码',
  communities: '社区代码',
  employers: '单位名称',
  vacancies: '单位名称 + 岗位名称 + 发布日期',
  households: '户编号',
  householdFlags: '户编号 + 生效日期',
  persons: '身份证号码（15 位号码按 18 位比较）',
  moves: '身份证号码 + 移户日期',
  wishes: '身份证号码 + 登记日期（空也是一个取值：不限日期的那一条）',
  spells: '身份证号码 + 开始日期',
  registrations: '身份证号码 + 登记日期',
  services: '身份证号码 + 日期 + 服务类型 + 内容 + 序号',
  householdServices: '户编号 + 日期 + 服务类型 + 内容 + 序号',
  recognitions: '身份证号码 + 申请日期',
  agreements: '身份证号码 + 签订日期',
  measures: '身份证号码 + 协议签订日期 + 计划日期 + 措施类别 + 措施内容',
  complaints: '社区代码 + 日期 + 内容 + 序号',
};

/** Since which version a sheet exists. */
const SINCE: Partial<Record<SheetField, string>> = {
  moves: '1.1',
  employers: '2',
  vacancies: '2',
  householdFlags: '2',
  wishes: '2',
  householdServices: '2',
  recognitions: '2',
  agreements: '2',
  measures: '2',
};

const VOCABULARIES: [string, readonly string[]][] = [
  ['社区类型', Object.values(COMMUNITY_KIND_LABEL)],
  ['户籍类型', Object.values(HUKOU_LABEL)],
  ['与户主关系', Object.values(RELATION_LABEL)],
  ['文化程度', Object.values(EDUCATION_LABEL)],
  ['劳动能力', Object.values(WORK_ABILITY_LABEL)],
  ['就业形式', Object.values(SPELL_KIND_LABEL)],
  ['失业原因', Object.values(REGISTRATION_REASON_LABEL)],
  ['服务类型', Object.values(SERVICE_KIND_LABEL)],
  ['家庭服务记录的服务类型', HOUSEHOLD_SERVICE_KINDS.map((k) => SERVICE_KIND_LABEL[k])],
  ['职业介绍结果', Object.values(REFERRAL_RESULT_LABEL)],
  ['认定类别', Object.values(RECOGNITION_CATEGORY_LABEL)],
  ['审核结论', Object.values(DECISION_LABEL)],
  ['措施类别', Object.values(MEASURE_KIND_LABEL)],
  ['就业愿望', ['有', '无']],
  ['无愿望原因（常用，也可填其他文字）', NO_WISH_REASONS],
  ['是/否列', ['是', '否']],
];

/** The rules between sheets (and with what the database already holds), sheet by sheet. */
const CROSS_SHEET_RULES: string[] = [
  '**引用**：一行所指的记录须在本文件中，或已在导入的数据库中。人员用身份证号码（15 位号码按 18 位比较）指明，户用户编号，社区用社区代码，用工单位用单位名称，岗位用“单位名称 + 岗位名称 + 发布日期”，困难认定用“身份证号码 + 申请日期”，援助协议用“身份证号码 + 签订日期”，服务记录用“身份证号码 + 日期 + 服务类型 + 内容 + 序号”。所指不存在时报告所在的工作表、行和列，例如“岗位”表第 3 行“单位名称”列：用工单位“××”在“用工单位”工作表和数据库中都不存在。',
  '**街道与社区**：有“街道”表时，街道代码须与数据库中已设置的街道相同；每个社区代码都以街道代码开头；尚未设置街道又没有“街道”表时不能导入社区。',
  '**户主**：一户在同一天只能有一位户主（未迁出的人员，并按移户记录逐日核对）。',
  '**移户记录**：同一人的移户按日期先后须首尾相接——每次的原户编号是上一次的新户编号，同一天只能移户一次，最后一次的新户编号（及新与户主关系）就是“人员”表中的户编号（及与户主关系）；移户日期晚于出生日期、早于迁出日期。第一次移户前此人属于第一次的原户编号；有迁入日期的，自迁入日期起，迁入日期须早于第一次移户。文件没有“移户记录”表时，人员仍在同一户的，数据库中已记录的历史保留。',
  '**就业记录与失业登记**：同一人的就业记录不得重叠（结束日期是就业的最后一天），失业登记不得重叠（注销日期当天起不再登记）；文件中的与数据库中已有的合起来核对。',
  '**就业愿望**：第 1 版“人员”表的就业愿望、无愿望原因、培训需求三列，等于“就业愿望”表中登记日期为空的一行；同一人两处都填时报错。',
  '**用工单位与岗位**：岗位的单位名称须是用工单位；结对社区代码、岗位的社区代码须是社区。就业记录的“用工单位”须是用工单位。职业介绍的“岗位单位、岗位名称、岗位发布日期”须指明一个岗位，且岗位发布日期不晚于介绍日期。',
  '**困难认定**：同一人同一时间至多一条待审核或已认定（未退出）的认定：按申请日期排列，上一条须已不予认定（审核日期）或已退出（退出日期），且不晚于下一条的申请日期。申请日期不早于年满 16 周岁之日，不晚于迁出日期。认定的，认定日期即审核日期。',
  '**援助协议**：所依据的认定（认定申请日期）须是此人已认定的那一条；签订日期不早于认定日期；认定已退出的，签订日期不晚于退出日期，且协议须在退出日期当天或以前终止。同一人同一时间至多一份执行中的协议：上一份终止后（终止日期不晚于下一份的签订日期）才能签订下一份。终止日期不早于协议下最后一项措施的完成日期和最后一次跟踪回访的日期。',
  '**援助措施**：所属协议（协议签订日期）须是此人的协议；计划日期、完成日期不早于签订日期，完成日期不晚于协议的终止日期。关联服务记录须是此人的服务记录，措施须已完成，服务日期在签订日期与完成日期之间。',
  '**服务记录中的协议**：“协议签订日期”只用于援助协议、跟踪回访记录，须是此人的协议，服务日期在签订日期与终止日期之间。',
  '**序号**：同一人（或户、社区）同一天、同一服务类型（投诉：同一内容）、内容相同的记录以序号 1、2、3… 区分，连同数据库中已有的同组记录从 1 起连续编号（数据库中已有 2 条时，新的一条是 3）。只有一条时序号留空。',
];

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function workbookSpec(): string {
  const out: string[] = [];
  out.push(`# 标准数据工作簿 · 第 ${WORKBOOK_FORMAT_VERSION} 版（The standard data workbook, version ${WORKBOOK_FORMAT_VERSION}）`);
  out.push('');
  out.push(
    '本文件由 `scripts/workbook-spec.ts` 按程序的工作表定义生成（`npx tsx scripts/workbook-spec.ts`），与导入、导出和空白模板中的“填表说明”一致；单元测试核对它没有过时。第 1 版、第 1.1 版（`../shared/WORKBOOK.md`）是第 2 版去掉新增的工作表和列：它们的文件照常导入。',
  );
  out.push('');
  out.push('## 通用规则');
  out.push('');
  for (const rule of GENERAL_RULES) out.push(`- ${rule}`);
  out.push(
    '- 文件是 .xlsx（Office Open XML）。工作表按名称识别，先后不限；同名工作表出现两次报错；本规范以外的工作表给出警告、不导入；“填表说明”跳过。“社区、家庭、人员、就业记录、失业登记、服务记录、投诉”七张表必须有（可以没有数据行），其余可以没有，没有的表不改变数据库中相应的记录。',
    '- 文字两端的空格去掉；空单元格、只有空格的单元格 = 未填。数字列可填 Excel 数字或文字形式的数字。日期列可填 Excel 日期、Excel 日期序号或文字；数字与文字之外的值（如公式）按其文字处理，不执行。',
    '- 大小上限（防止恶意文件）：压缩包条目数、解压后大小、压缩比、共享字符串、单元格文字长度、行列数，在读取中逐项检查，超出时不导入并说明是哪一项。',
    '- 导出时：各表的行按关键列排序；日期写成 Excel 日期（显示为 yyyy-mm-dd）；以 = + - @ 开头的文字带 Excel 的引号前缀；身份证号码、代码等文字列设为文本格式；序号只在不为 1 时写出；“填表说明”在最后。导出 → 导入空数据库 → 再导出，得到相同的文件内容。',
    `- 空白模板：“${NOTES_SHEET}”在最前，各表只有列标题（加粗、冻结首行），每列在第 2 行至第 1048576 行设有 Excel 数据验证：是/否和各词表列为下拉列表，日期列只收日期，整数、数字列只收数字，身份证号码列长度为 15–18 位。`,
  );
  out.push('');
  out.push('## 不在工作簿中的数据');
  out.push('');
  out.push(
    '保存的考核结果、手工评定、工作日历的调整（节假日、调休）、设置（人口规则、待办期限等）、待办事项的处理标记（已处理、暂缓）、用户和操作日志不在工作簿中；要连同它们一起保存或转移，请由街道管理员在“用户与安全”→“备份与恢复”中备份（备份文件包含全部数据，可校验后恢复）。由数据推算的内容（零就业家庭、双失业家庭的状态，劳动年龄起止日）不写入工作簿，导入后按导入的数据重新推算。已作废的记录（服务记录、失业登记、就业记录、就业愿望、投诉、困难认定、一人一策协议）不导出：它们不计入任何结果，只保留在数据库的作废记录和操作日志中；再次导入作废前导出的工作簿，会把作废的记录重新录入。',
  );
  out.push('');
  out.push('## 工作表一览');
  out.push('');
  out.push('| 工作表 | 必须有 | 自哪一版 | 一行是 | 关键列 |');
  out.push('|---|---|---|---|---|');
  for (const field of SHEET_ORDER) {
    const def = SHEET_DEFS[field];
    out.push(`| ${def.name} | ${def.required ? '是' : '否'} | ${SINCE[field] ?? '1'} | ${escape(def.meaning)} | ${escape(KEYS[field])} |`);
  }
  out.push('');
  for (const field of SHEET_ORDER) {
    const def = SHEET_DEFS[field];
    out.push(`## ${def.name}`);
    out.push('');
    out.push(`${def.meaning}。关键列：${KEYS[field]}。${def.required ? '文件必须有这张表。' : '可以没有这张表。'}`);
    out.push('');
    out.push('| 列 | 必填 | 可填的值 | 含义与规则 | 示例 |');
    out.push('|---|---|---|---|---|');
    for (const column of def.columns) {
      out.push(
        `| ${column.header} | ${column.required ? '是' : '否'} | ${escape(allowedValues(column))} | ${escape(column.meaning || '—')} | ${column.example === null ? '' : escape(String(column.example))} |`,
      );
    }
    out.push('');
  }
  out.push('## 词表');
  out.push('');
  out.push('| 列 | 可填的值 |');
  out.push('|---|---|');
  for (const [name, words] of VOCABULARIES) out.push(`| ${name} | ${words.join('、')} |`);
  out.push('');
  out.push('## 各表之间的规则');
  out.push('');
  for (const rule of CROSS_SHEET_RULES) out.push(`- ${rule}`);
  out.push('');
  out.push('## 各版本');
  out.push('');
  out.push('- **第 1 版**：街道、社区、家庭、人员（含就业愿望三列）、就业记录、失业登记、服务记录（身份证号码、日期、服务类型、结果、内容）、投诉（社区代码、日期、内容、是否有效；是否有效视为在投诉当天认定）。');
  out.push('- **第 1.1 版**：增加移户记录。');
  out.push(
    '- **第 2 版**：增加用工单位、岗位、家庭状况变更、就业愿望、家庭服务记录、困难认定、援助协议、援助措施；社区增加联系人及电话和“六到位”；人员增加迁出原因、迁入日期，就业愿望三列改为可选（写在“就业愿望”表）；就业记录增加用工单位、岗位、签订劳动合同、缴纳社会保险；服务记录增加序号、经办人、服务结果、结果日期、岗位、培训、政策落实、协议签订日期各列；投诉的是否有效改为可选，增加序号、认定日期、认定理由、处理结果、办结日期。文件不必声明版本：程序按文件中有哪些表和列来读。',
  );
  out.push('');
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SPEC_PATH, workbookSpec());
  console.log(`已写出 ${SPEC_PATH}`);
}
