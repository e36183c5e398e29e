import { pinyin } from 'pinyin-pro';

/** Lower-case pinyin initials of a Chinese name, for search (张伟 → zw); other characters are kept as typed. */
export function nameInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .replace(/\s+/g, '')
    .toLowerCase();
}
