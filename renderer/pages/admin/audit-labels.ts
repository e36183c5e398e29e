/** What the audit trail's actions and entities are called on screen. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: '新建',
  update: '修改',
  archive: '迁出/归档',
  import: '导入',
  export: '导出',
  setup: '初始设置',
  reveal: '查看完整号码',
  sign_in: '登录',
  sign_in_failed: '登录失败',
  sign_out: '退出登录',
  locked: '账号锁定',
  refused: '拒绝越权操作',
  password: '密码变更',
  backup: '备份',
  restore: '恢复',
  void: '作废',
  delete: '删除',
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  person: '人员',
  household: '家庭',
  community: '社区',
  user: '用户',
  settings: '设置',
  database: '数据库',
  method: '功能调用',
  employer: '用工单位',
  vacancy: '岗位',
  service_record: '服务记录',
  employment_spell: '就业经历',
  unemployment_registration: '失业登记',
  employment_wish: '就业意愿',
  difficulty_recognition: '就业困难认定',
  complaint: '投诉',
  manual_verdict: '人工评定',
  standard: '考核标准',
  street: '街道',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export function auditEntityLabel(entity: string): string {
  return AUDIT_ENTITY_LABELS[entity] ?? entity;
}
