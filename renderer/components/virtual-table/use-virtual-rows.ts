import { useVirtualizer } from '@tanstack/react-virtual';
import type { VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import './virtual-rows.css';

interface Options {
  count: number;
  rowHeight: number;
  overscan: number;
  /** Asks for the rows shown (paged tables): called with the first and the last visible index. */
  ensure?: (index: number) => void;
  /** Enter on a row. */
  onEnter?: (index: number) => void;
  /**
   * True once the first row is there: the active row then takes the focus if nothing else has it (the page was just
   * opened with Alt+2), so ↑↓ and Enter work at once. Undefined: the table never takes the focus by itself.
   */
  takeFocusWhenReady?: boolean;
}

/**
 * The rows of a virtualised table (only the visible rows are in the page): one row in the tab order (the active one),
 * ↑↓ PageUp PageDown Home End move through them, Enter calls `onEnter`. `rowProps` gives a row its role, place and
 * keys; the rows get the class `desk-virtual-row` (hover and focus colours).
 */
export function useVirtualRows({ count, rowHeight, overscan, ensure, onEnter, takeFocusWhenReady }: Options) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const tookFocus = useRef(false);
  useEffect(() => {
    if (!takeFocusWhenReady || tookFocus.current) return;
    tookFocus.current = true;
    const focused = document.activeElement;
    if (focused && focused !== document.body) return;
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>('[role="row"][tabindex="0"]')?.focus({ preventScroll: true }));
  }, [takeFocusWhenReady]);
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (count === 0 || !ensure) return;
    ensure(first);
    ensure(last);
  }, [first, last, count, ensure]);

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -index, End: count - index };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      focusRow(index + move);
    } else if (event.key === 'Enter') onEnter?.(index);
  };

  /** A row's role, index, keys and place in a grid of `columns` (`style` adds to it). */
  const rowProps = (item: VirtualItem, columns: string, style: CSSProperties = {}) => ({
    role: 'row',
    'aria-rowindex': item.index + 2,
    'data-index': item.index,
    tabIndex: item.index === active ? 0 : -1,
    onFocus: () => setActive(item.index),
    onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => onKeyDown(e, item.index),
    style: {
      position: 'absolute',
      top: 0,
      left: 0,
      width: '100%',
      height: rowHeight,
      transform: `translateY(${item.start}px)`,
      display: 'grid',
      gridTemplateColumns: columns,
      alignItems: 'center',
      borderBottom: '1px solid var(--mantine-color-gray-2)',
      ...style,
    } satisfies CSSProperties,
  });

  return { scroller, virtualizer, items, rowProps };
}
