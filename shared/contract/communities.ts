import { z } from 'zod';
import { CommunityCode, Empty, Id, NonEmptyName, OptionalText, Version } from './common';

export const CommunityKind = z.enum(['community', 'village'], { message: '类型应为“社区”或“村”' });

export const Community = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  kind: CommunityKind,
  contact: z.string().nullable(),
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

export const UpdateCommunityInput = z.strictObject({
  id: Id,
  version: Version,
  fields: CommunityFields,
});
export type UpdateCommunityInput = z.infer<typeof UpdateCommunityInput>;

export const communitiesContract = {
  'communities.list': { input: Empty, output: z.array(Community), access: 'read' },
  'communities.create': { input: CommunityFields, output: Community, access: 'write' },
  'communities.update': { input: UpdateCommunityInput, output: Community, access: 'write' },
} as const;
