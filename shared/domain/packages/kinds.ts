/**
 * The kinds of exchange package (DOMAIN §7, docs/packages.md) and, per kind, its entities — one JSON Lines data file
 * each — which kinds must travel sealed, and whom a package may be addressed to.
 */

export const PACKAGE_KINDS = ['annual-submission', 'standard', 'calendar', 'parameters', 'code-list', 'bureau-verdicts', 'community-transfer'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

export const PACKAGE_KIND_LABEL: Readonly<Record<PackageKind, string>> = {
  'annual-submission': '年度上报',
  standard: '考核标准',
  calendar: '节假日安排',
  parameters: '参数设置',
  'code-list': '区划代码表',
  'bureau-verdicts': '验收结果',
  'community-transfer': '社区划转',
};

/** Kinds that carry personal data: always sealed with a passphrase, and refused on import when they are not. */
export const SEALED_KINDS: ReadonlySet<PackageKind> = new Set<PackageKind>(['annual-submission', 'community-transfer']);

/** Kinds a bureau issues to many installs at once: the recipient may be `*` or a city, county or province prefix. */
export const BROADCAST_KINDS: ReadonlySet<PackageKind> = new Set<PackageKind>(['standard', 'calendar', 'parameters', 'code-list']);

export const ENTITY_NAMES = [
  'standards',
  'calendarYears',
  'calendarDays',
  'parameters',
  'communities',
  'verdicts',
  'submission',
  'communityResults',
  'households',
  'householdFlags',
  'persons',
  'memberships',
  'wishes',
  'spells',
  'registrations',
  'services',
  'householdServices',
  'recognitions',
  'agreements',
  'measures',
  'complaints',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export const ENTITY_LABEL: Readonly<Record<EntityName, string>> = {
  standards: '考核标准',
  calendarYears: '年份',
  calendarDays: '放假与调休日期',
  parameters: '参数',
  communities: '社区',
  verdicts: '验收结果',
  submission: '年度上报',
  communityResults: '社区考核结果',
  households: '家庭',
  householdFlags: '家庭状况变更',
  persons: '人员',
  memberships: '家庭成员关系',
  wishes: '就业愿望',
  spells: '就业记录',
  registrations: '失业登记',
  services: '服务记录',
  householdServices: '家庭服务记录',
  recognitions: '困难认定',
  agreements: '援助协议',
  measures: '援助措施',
  complaints: '投诉',
};

/** The data files of each kind, in the order they are written and checked. Every one is present (maybe empty). */
export const KIND_ENTITIES: Readonly<Record<PackageKind, readonly EntityName[]>> = {
  'annual-submission': ['submission', 'communityResults'],
  standard: ['standards'],
  calendar: ['calendarYears', 'calendarDays'],
  parameters: ['parameters'],
  'code-list': ['communities'],
  'bureau-verdicts': ['verdicts'],
  'community-transfer': [
    'communities',
    'households',
    'householdFlags',
    'persons',
    'memberships',
    'wishes',
    'spells',
    'registrations',
    'services',
    'householdServices',
    'recognitions',
    'agreements',
    'measures',
    'complaints',
  ],
};

/** An entity's data file in the zip: `data/<entity in kebab case>.jsonl`. */
export function entityPath(entity: EntityName): string {
  return `data/${entity.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.jsonl`;
}

/**
 * Recipient codes: `*` (every install), a province (2 digits), city (4), county or bureau (6) prefix, or one
 * street (9 digits).
 */
export function isRecipientCode(code: string): boolean {
  return code === '*' || /^(\d{2}|\d{4}|\d{6}|\d{9})$/.test(code);
}

/** Issuers are a street (9 digits) or a bureau (2, 4 or 6 digits). */
export function isIssuerCode(code: string): boolean {
  return code !== '*' && isRecipientCode(code);
}

export interface InstallIdentity {
  streetCode: string;
  /** The bureau this install reports to (settings; by default the street code's first 6 digits). */
  bureauCode: string;
}

/**
 * Whether a package addressed to `recipient` may be imported here (Chinese reason when not): a package for this
 * street always; a broadcast kind addressed to `*` or to a prefix of the street's code; an annual submission
 * addressed to this install's bureau (the install then acts as the bureau's receiving desk).
 */
export function recipientProblem(kind: PackageKind, recipient: string, install: InstallIdentity): string | null {
  if (recipient === install.streetCode) return null;
  if (BROADCAST_KINDS.has(kind) && (recipient === '*' || (recipient.length < 9 && install.streetCode.startsWith(recipient)))) return null;
  if (kind === 'annual-submission' && recipient === install.bureauCode) return null;
  const whom = recipient === '*' ? '所有单位' : `“${recipient}”`;
  const allowed =
    kind === 'annual-submission'
      ? `本街道（${install.streetCode}）或本机作为上级单位（${install.bureauCode}）`
      : BROADCAST_KINDS.has(kind)
        ? `本街道（${install.streetCode}）、其所在的市县代码或“*”`
        : `本街道（${install.streetCode}）`;
  return `这个${PACKAGE_KIND_LABEL[kind]}包是发给${whom}的，不能导入本机：只接收发给${allowed}的包。数据库未改动。`;
}

/** The default recipient of an export (CLI and page): the bureau for a submission, everyone for the bureau's kinds. */
export function defaultRecipient(kind: PackageKind, install: InstallIdentity): string | null {
  if (kind === 'annual-submission') return install.bureauCode;
  if (BROADCAST_KINDS.has(kind)) return '*';
  if (kind === 'bureau-verdicts') return install.streetCode;
  return null;
}
