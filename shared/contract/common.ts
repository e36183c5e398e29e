import { z } from 'zod';
import { communityCodeProblem, streetCodeProblem } from '../domain/admin-codes';
import { isValidIsoDate } from '../domain/dates';
import { chineseErrorMap } from '../validation/issue-message';

// Issues without a message of their own are worded in Chinese, naming the field (“缺少“姓名””), wherever a contract
// is parsed; the API (electron/services/dispatch.ts) also names fields by the method's area.
z.config({ localeError: chineseErrorMap() });

/** A calendar date as `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .refine(isValidIsoDate, { message: '日期应为有效的“年-月-日”（YYYY-MM-DD）' });

export const StreetCode = z.string().superRefine((value, ctx) => {
  const problem = streetCodeProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Format-only check; the service also checks the street prefix. */
export const CommunityCode = z.string().superRefine((value, ctx) => {
  const problem = communityCodeProblem(value, null);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const NonEmptyName = (label: string, max = 60) =>
  z
    .string()
    .trim()
    .min(1, { message: `${label}不能为空` })
    .max(max, { message: `${label}不能超过 ${max} 个字` });

export const OptionalText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label}不能超过 ${max} 个字` })
    .nullable();

export const Id = z.number().int().positive();
export const Version = z.number().int().nonnegative();
export const Empty = z.strictObject({});

/** A yes/no field of a form. */
export const Flag = (label: string) => z.boolean({ message: `${label}应为“是”或“否”` });

/** An amount of money in yuan (wages, benefits). */
export const Money = (label: string) =>
  z
    .number({ message: `${label}应为数字` })
    .nonnegative({ message: `${label}不能为负数` })
    .max(10_000_000, { message: `${label}过大` });

/** The input of a method about one record, by its id. */
export const IdInput = z.strictObject({ id: Id });

/** The input of a method about one person. */
export const PersonIdInput = z.strictObject({ personId: Id });
