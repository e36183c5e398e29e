import type { ReactNode, RefObject } from 'react';

interface Props {
  /** The hook's scroller (useVirtualRows). */
  scroller: RefObject<HTMLDivElement | null>;
  /** The height of all rows (the virtualizer's total size): the scrollbar is that of the whole list. */
  totalSize: number;
  /** The scroller's height, e.g. `calc(100vh - 250px)`, and the least it may shrink to. */
  height: string;
  minHeight: number;
  testId: string;
  /** The visible rows, each placed by `rowProps`. */
  children: ReactNode;
}

/** The scrolling body of a virtualised table: only the visible rows are in it, placed over the height of all of them. */
export function VirtualRowGroup({ scroller, totalSize, height, minHeight, testId, children }: Props) {
  return (
    <div ref={scroller} style={{ height, minHeight, overflowY: 'auto' }} data-testid={testId}>
      <div role="rowgroup" style={{ height: totalSize, position: 'relative' }}>
        {children}
      </div>
    </div>
  );
}
