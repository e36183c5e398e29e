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

// ---------------------------------------------------------------- field groups that many contracts spread in

/** A stored row a method changes: its id and the version the form read (a stale version is refused). */
export const storedRow = { id: Id, version: Version };

/** The 经办人 who recorded it. */
export const Clerk = NonEmptyName('经办人', 20);

/** How many rows a list returns at the most. */
export const RowLimit = (max: number) =>
  z.number().int().min(1, { message: '条数至少为 1' }).max(max, { message: `条数最多 ${max}` });

/** Words to find in a list (a name, a title, a contact). */
export const SearchWords = z.string().max(40, { message: '查询词不能超过 40 个字' });

/** A day and, when given, one community of the street (omitted: the whole street). */
export const streetScope = { asOf: IsoDate, communityId: Id.optional() };

/** One page of a list: the rows asked for and how many there are in all. */
export const pageOf = <Row extends z.ZodType>(row: Row) => z.object({ total: z.number().int(), rows: z.array(row) });

/** A person as a list of people names them (the ID number masked). */
export const listedPerson = { personId: Id, name: z.string(), idNumberMasked: z.string(), communityName: z.string() };
