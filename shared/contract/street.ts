/**
 * The street's own details (issue [prints] item 7, the 街道信息 page under 设置): name, 举报电话, 举报信箱, the default
 * 制表人 and the office address — printed on ledgers and the wall notice. The 9-digit code is shown, never edited
 * here. And the print settings: how public prints mask ID and phone numbers (DOMAIN §7 choice), and which standards
 * the wall notice reports.
 */
import { z } from 'zod';
import { MASK_LIMITS } from '../domain/privacy/masking';
import { Empty, NonEmptyName, Version } from './common';
import { Street } from './system';

/** Trimmed text, blank = null. */
const Blankable = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label}不能超过 ${max} 个字` })
    .nullable()
    .transform((v) => (v === null || v === '' ? null : v));

const ComplaintPhone = Blankable('举报电话', 40).refine((v) => v === null || (/^[\d\s\-()（）转、,，/]+$/.test(v) && (v.match(/\d/g) ?? []).length >= 3), {
  message: '举报电话只能由数字、连字符、括号和“转”组成（如 0511-85012345 或 12345），至少 3 位数字',
});

/** The street (system.ts) with what 街道信息 adds to it. */
export const StreetDetails = Street.extend({
  /** The default 制表人 of ledgers. */
  preparer: z.string().nullable(),
  /** The office address (街道劳动保障所). */
  address: z.string().nullable(),
  version: Version,
});
export type StreetDetails = z.infer<typeof StreetDetails>;

export const SaveStreetDetailsInput = z.strictObject({
  version: Version,
  name: NonEmptyName('街道（乡镇）名称', 40),
  complaintPhone: ComplaintPhone,
  complaintMailbox: Blankable('举报信箱', 100),
  preparer: Blankable('制表人', 20),
  address: Blankable('办公地址', 100),
});
export type SaveStreetDetailsInput = z.infer<typeof SaveStreetDetailsInput>;

const Keep = (label: string, max: number) =>
  z
    .number({ message: `${label}应为数字` })
    .int({ message: `${label}应为整数` })
    .min(0, { message: `${label}不能小于 0` })
    .max(max, { message: `${label}不能大于 ${max}` });

export const PrintSettings = z.strictObject({
  masking: z.strictObject({
    idNumber: z.strictObject({
      keepStart: Keep('身份证号码保留前几位', MASK_LIMITS.idNumber.keepStart),
      keepEnd: Keep('身份证号码保留后几位', MASK_LIMITS.idNumber.keepEnd),
    }),
    phone: z.strictObject({
      keepStart: Keep('电话号码保留前几位', MASK_LIMITS.phone.keepStart),
      keepEnd: Keep('电话号码保留后几位', MASK_LIMITS.phone.keepEnd),
    }),
  }),
  notice: z.strictObject({
    /** The standard whose verdict (达标/未达标) the wall notice shows. */
    standardId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: '考核标准编号只能由小写字母、数字和连字符组成' }),
    /** The standard with star tiers whose level the notice shows; null: no stars on the notice. */
    starStandardId: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: '星级标准编号只能由小写字母、数字和连字符组成' })
      .nullable(),
  }),
});
export type PrintSettings = z.infer<typeof PrintSettings>;

export const streetContract = {
  'street.details': { input: Empty, output: StreetDetails, access: 'read' },
  'street.saveDetails': { input: SaveStreetDetailsInput, output: StreetDetails, access: 'admin' },
  'printSettings.get': { input: Empty, output: PrintSettings, access: 'read' },
  'printSettings.set': { input: PrintSettings, output: PrintSettings, access: 'admin' },
} as const;
