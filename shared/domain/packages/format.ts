/**
 * The package file format (docs/packages.md): its names and versions, the sealed container's layout, and the key
 * derivation bounds a reader accepts. Pure constants: the reading and writing live in electron/services/packages.
 */

/** A plain package: a zip whose `manifest.json` names this format. */
export const PACKAGE_FORMAT = 'cfjy-exchange-package';
export const PACKAGE_FORMAT_VERSION = 1;

/** A sealed package: `CFJYSEAL`, a 4-byte big-endian header length, the header (JSON), the AES-256-GCM body, its tag. */
export const SEALED_FORMAT = 'cfjy-sealed-package';
export const SEALED_FORMAT_VERSION = 1;
export const SEALED_MAGIC = 'CFJYSEAL';
export const SEALED_HEADER_MAX_BYTES = 16 * 1024;
export const GCM_NONCE_BYTES = 12;
export const GCM_TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** The file name extension of both forms (the first bytes tell them apart). */
export const PACKAGE_EXTENSION = 'cfjy';

/** scrypt as written: N = 2^17, r = 8, p = 1 (128 MiB, a fraction of a second on an office PC). */
export const DEFAULT_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;

/** What a reader accepts from a header (a hostile one must not make key derivation take minutes or gigabytes). */
export const SCRYPT_BOUNDS = { minLogN: 14, maxLogN: 20, maxR: 16, maxP: 4, maxMemoryBytes: 512 * 1024 * 1024 } as const;

/** The manifest is a few kilobytes; a data line is one record (an assessment result of a large community: megabytes). */
export const MANIFEST_MAX_BYTES = 1024 * 1024;

/** Passphrases: at least this long (they guard personal data on a stick that can be lost). */
export const MIN_PASSPHRASE_CHARS = 8;

/** The one message for a wrong passphrase and for a sealed body or header that was changed: GCM cannot tell them apart. */
export const UNSEAL_FAILED = '口令错误或文件已损坏：无法解密。请核对口令（区分大小写）后重试；口令无误时，说明文件在传递中被改动或损坏，请让对方重新发送。';
