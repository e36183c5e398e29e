/** Chinese labels for the stored enumerations. */
export const COMMUNITY_KIND_LABELS = { community: '社区', village: '村' } as const;
export type CommunityKind = keyof typeof COMMUNITY_KIND_LABELS;

export const ROLE_LABELS = {
  admin: '街道管理员',
  street_clerk: '街道经办人',
  community_clerk: '社区经办人',
  inspector: '检查人员（只读）',
} as const;
export type Role = keyof typeof ROLE_LABELS;
