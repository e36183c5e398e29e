/** The paper a print goes on: A4 landscape by default for ledgers (DOMAIN §7), portrait or A3 selectable. */

export const PAPER_SIZES = ['A4', 'A3'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export const ORIENTATION_LABEL: Record<Orientation, string> = { landscape: '横向', portrait: '纵向' };

export interface PageSetup {
  size: PaperSize;
  orientation: Orientation;
}

export const LEDGER_PAGE: PageSetup = { size: 'A4', orientation: 'landscape' };

/** The paper's width and height in millimetres as it lies (landscape swaps them). */
export function paperMillimetres(page: PageSetup): { width: number; height: number } {
  const [short, long] = page.size === 'A3' ? [297, 420] : [210, 297];
  return page.orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}
