/**
 * Where an exported print goes: the file the caller chose (a registered output reference: the CLI's OUT, the shell's
 * save dialog), else a new file in the runtime's download folder, registered so the browser can fetch it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { now } from '../../../shared/clock';
import { AppError } from '../../../shared/app-error';
import type { Download } from '../../../shared/contract/workbook';
import type { FileRegistry } from '../files/file-registry';

export interface OutputFile {
  path: string;
  name: string;
  /** The browser's download, when the file went to the download folder. */
  download: Download | null;
}

export function outputFile(deps: { files: FileRegistry; outputDir: string }, file: string | null, name: string): OutputFile {
  if (file !== null) return { ...deps.files.resolve(file, 'output'), download: null };
  mkdirSync(deps.outputDir, { recursive: true, mode: 0o700 });
  const path = join(deps.outputDir, `${now().getTime()}-${name}`);
  return { path, name, download: { ref: deps.files.register({ path, name, direction: 'output' }), name } };
}

/** Renders `html` to the PDF file `path` (chromium-pdf.ts); a file that cannot be written is a Chinese refusal naming it. */
export async function writePdf(html: string, path: string): Promise<number> {
  try {
    // Loaded only when a PDF is made: no other method needs the browser driver.
    const { renderPdf } = await import('./chromium-pdf');
    return await renderPdf(html, path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('REJECTED', `无法写入 PDF 文件 ${path}：${error instanceof Error ? error.message : String(error)}`);
  }
}
