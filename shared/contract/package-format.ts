/**
 * The manifest of a package and the header of a sealed one (docs/packages.md), as zod schemas: the reader checks
 * every package against them before anything inside is trusted.
 */
import { z } from 'zod';
import { IsoDate } from './common';
import { GCM_NONCE_BYTES, GCM_TAG_BYTES, KEY_BYTES, PACKAGE_FORMAT, SCRYPT_BOUNDS, SEALED_FORMAT } from '../domain/packages/format';
import { ENTITY_NAMES, isIssuerCode, isRecipientCode, PACKAGE_KINDS } from '../domain/packages/kinds';

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { message: '应为 64 位小写十六进制的 SHA-256 值' });

export const RecipientCode = z.string().refine(isRecipientCode, { message: '接收方代码应为“*”或 2、4、6 位区划代码前缀，或 9 位街道代码' });
export const IssuerCode = z.string().refine(isIssuerCode, { message: '发出方代码应为 9 位街道代码或 2、4、6 位区划代码' });

export const PackageKind = z.enum(PACKAGE_KINDS, { message: `类型应为 ${PACKAGE_KINDS.join('、')} 之一` });

export const Period = z
  .strictObject({ from: IsoDate, to: IsoDate })
  .refine((p) => p.from <= p.to, { message: '期间的开始日期不能晚于结束日期', path: ['to'] });
export type Period = z.infer<typeof Period>;

export const ManifestFile = z.strictObject({
  path: z.string().regex(/^data\/[a-z][a-z0-9-]{0,40}\.jsonl$/, { message: '数据文件应位于 data/ 下，名为小写字母的 .jsonl 文件' }),
  entity: z.enum(ENTITY_NAMES, { message: '不认识的数据类别' }),
  rows: z.number().int().min(0),
  bytes: z.number().int().min(0),
  sha256: Sha256Hex,
});
export type ManifestFile = z.infer<typeof ManifestFile>;

const Party = <C extends z.ZodType<string>>(code: C) => z.strictObject({ code, name: z.string().trim().min(1).max(60).nullable() });

/** Unknown top-level keys are ignored (a later minor addition); a newer `formatVersion` is refused before this. */
export const Manifest = z.object({
  format: z.literal(PACKAGE_FORMAT, { message: `清单的 format 应为“${PACKAGE_FORMAT}”` }),
  formatVersion: z.number().int().min(1),
  packageId: z.uuid({ message: 'packageId 应为 UUID' }),
  kind: PackageKind,
  issuer: Party(IssuerCode),
  recipient: Party(RecipientCode),
  period: Period.nullable(),
  createdAt: z.iso.datetime({ offset: true, message: 'createdAt 应为 ISO 8601 时间' }),
  generator: z.strictObject({ name: z.string().max(60), version: z.string().max(30) }),
  files: z.array(ManifestFile).max(32),
});
export type Manifest = z.infer<typeof Manifest>;

const Base64 = (bytes: number | [number, number]) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: '应为 Base64 编码' })
    .refine(
      (s) => {
        const n = Math.floor((s.length * 3) / 4) - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);
        return Array.isArray(bytes) ? n >= bytes[0] && n <= bytes[1] : n === bytes;
      },
      { message: `长度应为 ${Array.isArray(bytes) ? `${bytes[0]}–${bytes[1]}` : bytes} 字节` },
    );

const isPowerOfTwo = (n: number) => Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;

export const ScryptParams = z
  .strictObject({
    name: z.literal('scrypt'),
    N: z.number().refine((n) => isPowerOfTwo(n) && n >= 2 ** SCRYPT_BOUNDS.minLogN && n <= 2 ** SCRYPT_BOUNDS.maxLogN, {
      message: `N 应为 2^${SCRYPT_BOUNDS.minLogN}–2^${SCRYPT_BOUNDS.maxLogN} 之间的 2 的幂`,
    }),
    r: z.number().int().min(1).max(SCRYPT_BOUNDS.maxR),
    p: z.number().int().min(1).max(SCRYPT_BOUNDS.maxP),
    salt: Base64([16, 64]),
    keyBytes: z.literal(KEY_BYTES),
  })
  .refine((k) => 128 * k.N * k.r <= SCRYPT_BOUNDS.maxMemoryBytes, { message: '密钥派生参数所需内存过大' });
export type ScryptParams = z.infer<typeof ScryptParams>;

/** The sealed container's header: authenticated (the AAD of the body), so none of it can be changed unnoticed. */
export const SealedHeader = z.object({
  format: z.literal(SEALED_FORMAT),
  formatVersion: z.number().int().min(1),
  cipher: z.literal('aes-256-gcm'),
  kdf: ScryptParams,
  nonce: Base64(GCM_NONCE_BYTES),
  tagBytes: z.literal(GCM_TAG_BYTES),
  /** Bytes of the plain zip (= bytes of the encrypted body). */
  plainBytes: z.number().int().min(0),
  kind: PackageKind,
  issuer: IssuerCode,
  recipient: RecipientCode,
  createdAt: z.iso.datetime({ offset: true }),
});
export type SealedHeader = z.infer<typeof SealedHeader>;
