import { z } from 'zod';
import { PLATFORM_ITEMS, type PlatformItem } from '../domain/workbook/records';
import { CommunityCode, Empty, Id, NonEmptyName, OptionalText, Version, storedRow } from './common';

export const CommunityKind = z.enum(['community', 'village'], { message: '类型应为“社区”或“村”' });

const PlatformMark = z.strictObject({ ok: z.boolean(), note: OptionalText('佐证说明', 200) });

/** 六到位: each of 机构、人员、经费、场地、制度、成效 recorded as 到位 or not with its evidence note; an item left out is 未记录. */
export const PlatformChecklist = z.strictObject(Object.fromEntries(PLATFORM_ITEMS.map((item) => [item, PlatformMark.optional()])) as Record<PlatformItem, z.ZodOptional<typeof PlatformMark>>);
export type PlatformChecklist = z.infer<typeof PlatformChecklist>;

export const Community = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  kind: CommunityKind,
  contact: z.string().nullable(),
  /** 六到位 as recorded; null when nothing is. */
  platform: PlatformChecklist.nullable(),
  version: Version,
  households: z.number().int(),
  persons: z.number().int(),
});
export type Community = z.infer<typeof Community>;

export const CommunityFields = z.strictObject({
  code: CommunityCode,
  name: NonEmptyName('社区名称', 40),
  kind: CommunityKind,
  contact: OptionalText('联系人及电话', 100),
});
export type CommunityFields = z.infer<typeof CommunityFields>;

export const UpdateCommunityInput = z.strictObject({ ...storedRow, fields: CommunityFields });
export type UpdateCommunityInput = z.infer<typeof UpdateCommunityInput>;

export const SetPlatformInput = z.strictObject({ ...storedRow, platform: PlatformChecklist });
export type SetPlatformInput = z.infer<typeof SetPlatformInput>;

export const communitiesContract = {
  'communities.list': { input: Empty, output: z.array(Community), access: 'read' },
  'communities.create': { input: CommunityFields, output: Community, access: 'write' },
  'communities.update': { input: UpdateCommunityInput, output: Community, access: 'write' },
  'communities.setPlatform': { input: SetPlatformInput, output: Community, access: 'write' },
} as const;
