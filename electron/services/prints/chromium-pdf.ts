/**
 * Renders a print document (shared/print) to a PDF file in a headless Chromium found on the machine
 * (find-browser.ts), through playwright-core: the same HTML the page's print view shows, with its CSS paged media
 * (paper size and orientation from `@page`, page numbers in the margin boxes). The CLI's door to PDF.
 */
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { AppError } from '../../../shared/app-error';
import { findBrowser } from './find-browser';

export interface PdfRenderer {
  /** Writes the PDF of `html` to `path`; returns its size in bytes. */
  render(html: string, path: string): Promise<number>;
  close(): Promise<void>;
}

/** A headless browser kept open for several documents (a batch of ledgers); close it when done. */
export async function openPdfRenderer(executablePath: string = findBrowser()): Promise<PdfRenderer> {
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new AppError('REJECTED', `无法启动浏览器 ${executablePath} 生成 PDF：${detail}。请确认它能正常打开，或用环境变量 DESK_CHROMIUM 指定另一个 Chromium、Chrome 或 Edge`, {
      kind: 'browser-failed',
    });
  }
  const context = await browser.newContext({ offline: true });
  return {
    async render(html, path) {
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
        await writeFile(path, pdf);
        return pdf.length;
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      await browser.close();
    },
  };
}

/** One document to one PDF file: opens the browser, renders, closes it. */
export async function renderPdf(html: string, path: string, executablePath?: string): Promise<number> {
  const renderer = await openPdfRenderer(executablePath);
  try {
    return await renderer.render(html, path);
  } finally {
    await renderer.close();
  }
}
