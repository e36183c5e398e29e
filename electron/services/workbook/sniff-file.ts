import { open, stat } from 'node:fs/promises';
import { AppError } from '../../../shared/app-error';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** "EncryptionInfo" in UTF-16LE: the stream an encrypted (password-protected) OOXML file keeps in its CFB wrapper. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/**
 * Makes sure the file is an .xlsx before any parser touches it; otherwise throws a REJECTED AppError that says
 * what the file is and what to do.
 */
export async function assertXlsx(path: string, displayName: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new AppError('NOT_FOUND', `找不到文件“${displayName}”：它可能已被移动、删除或清理，请重新选择文件`);
  if (info.size === 0) throw new AppError('REJECTED', `“${displayName}”是空文件（0 字节），请选择导出的 .xlsx 工作簿`);
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(info.size, 512 * 1024));
    await handle.read(head, 0, head.length, 0);
    if (head.subarray(0, 4).equals(ZIP)) return info.size;
    if (head.subarray(0, 8).equals(CFB)) {
      if (head.includes(ENCRYPTION_INFO)) {
        throw new AppError('REJECTED', `“${displayName}”设置了打开密码（已加密），无法读取。请在 Excel 中取消密码（文件→信息→保护工作簿）后另存为 .xlsx 再导入`);
      }
      throw new AppError('REJECTED', `“${displayName}”是旧版 Excel（.xls）文件。请在 Excel 中“另存为”Excel 工作簿（.xlsx）后再导入`);
    }
    throw new AppError('REJECTED', `“${displayName}”不是 Excel 工作簿（.xlsx）。如果是改了扩展名的文本或其他文件，请用 Excel 打开后另存为 .xlsx`);
  } finally {
    await handle.close();
  }
}
