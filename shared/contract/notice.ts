/**
 * The community wall notice (公示牌, seed 001 四(一); issue [prints] item 5): aggregates only, as of a date, from the
 * population snapshot, the family episodes, the recognitions, the service records, the vacancies and the assessment
 * — never a name or a number that identifies a person.
 */
import { z } from 'zod';
import { Id, IsoDate } from './common';
import { OverallVerdict } from './assessment';
import { Download, FileRef } from './workbook';

export const NoticeInput = z.strictObject({ communityId: Id, asOf: IsoDate });
export type NoticeInput = z.infer<typeof NoticeInput>;

const Count = z.number().int().nonnegative();

export const NoticeData = z.object({
  asOf: z.string(),
  /** 1 January of the as-of year … the as-of date: what "this year" counts. */
  period: z.object({ from: z.string(), to: z.string() }),
  street: z.object({ code: z.string(), name: z.string(), complaintPhone: z.string().nullable(), complaintMailbox: z.string().nullable(), address: z.string().nullable() }),
  community: z.object({ id: Id, code: z.string(), name: z.string(), kind: z.enum(['community', 'village']) }),
  population: z.object({
    /** 劳动力资源 (LF) on the date. */
    labourResources: Count,
    /** LF with an employment wish (LFW). */
    withWish: Count,
    /** Employed among LFW. */
    employed: Count,
    /** LFW not employed (U). */
    unemployed: Count,
    registeredUnemployed: Count,
    /** employed / withWish; null when nobody in LF has a wish. */
    employmentRate: z.number().nullable(),
  }),
  zeroEmploymentFamilies: z.object({
    /** Present on the date. */
    now: Count,
    /** Episodes ended by a member's employment from 1 January to the date. */
    eliminatedThisYear: Count,
  }),
  difficultPersons: z.object({
    /** Recognitions in force on the date (persons). */
    recognised: Count,
    /** Of them, persons with a service record of their own this year. */
    helpedThisYear: Count,
    /** Of them, persons employed on the date. */
    employed: Count,
  }),
  services: z.object({
    /** Service records this year given in the community (人次). */
    total: Count,
    guidance: Count,
    referral: Count,
    training: Count,
    /** Policy benefits and public-welfare post placements. */
    policy: Count,
  }),
  vacancies: z.object({ open: Count, posts: Count }),
  assessment: z.object({
    standard: z.object({ id: z.string(), version: z.string(), name: z.string(), example: z.boolean() }),
    verdict: OverallVerdict,
    score: z.number().nullable(),
    maxScore: z.number().nullable(),
  }),
  /** null: the print settings show no stars. */
  stars: z
    .object({
      standard: z.object({ id: z.string(), version: z.string(), name: z.string(), example: z.boolean() }),
      /** The level reached; 0 when none is (a community that does not pass that standard reaches none). */
      stars: z.number().int(),
      starName: z.string().nullable(),
    })
    .nullable(),
});
export type NoticeData = z.infer<typeof NoticeData>;

/** The notice as a PDF file (the CLI's export-notice): A3 portrait by default, A4 selectable. */
export const NoticePdfInput = NoticeInput.extend({ paper: z.enum(['A3', 'A4'], { message: '纸张只能是 A3 或 A4' }).default('A3'), file: FileRef.nullable() });
export type NoticePdfInput = z.input<typeof NoticePdfInput>;

export const NoticePdf = z.object({
  fileName: z.string(),
  community: z.object({ code: z.string(), name: z.string() }),
  paper: z.enum(['A3', 'A4']),
  bytes: z.number().int(),
  download: Download.nullable(),
});
export type NoticePdf = z.infer<typeof NoticePdf>;

export const noticeContract = {
  'notice.data': { input: NoticeInput, output: NoticeData, access: 'read' },
  /** Renders the notice to PDF in a headless Chromium found on the machine (a Chinese error naming what to install if none). */
  'notice.exportPdf': { input: NoticePdfInput, output: NoticePdf, access: 'read' },
} as const;
