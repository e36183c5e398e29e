import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/app-error';

export interface RegisteredFile {
  path: string;
  /** The name the user knows the file by. */
  name: string;
  direction: 'input' | 'output';
}

/**
 * Files the user chose (an open dialog, an upload) or that an export will write (a save dialog, a download).
 * The page only ever holds an opaque reference, never a path it could choose itself.
 */
export class FileRegistry {
  private readonly files = new Map<string, RegisteredFile>();

  register(file: RegisteredFile): string {
    const ref = randomBytes(12).toString('hex');
    this.files.set(ref, file);
    return ref;
  }

  resolve(ref: string, direction: RegisteredFile['direction']): RegisteredFile {
    const file = this.files.get(ref);
    if (!file || file.direction !== direction) {
      throw new AppError('NOT_FOUND', '找不到所选文件，请重新选择文件');
    }
    return file;
  }

  forget(ref: string): void {
    this.files.delete(ref);
  }
}
