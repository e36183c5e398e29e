import { useState } from 'react';

export interface SectionDialog<D> {
  /** The dialog open in the section, if any. */
  dialog: D | null;
  setDialog(dialog: D | null): void;
  /** Bumped after each save or refresh: the section's reads take it into their key and read again. */
  tick: number;
  /** What every dialog of the section is given: close it; after a save, close, read again and tell the page; 刷新. */
  handlers: { onClose(): void; onSaved(): void; onRefresh(): void };
}

/** The open dialog of a person-page section and what happens when it closes, saves or asks for fresh data. */
export function useSectionDialog<D>(onChanged: () => void): SectionDialog<D> {
  const [dialog, setDialog] = useState<D | null>(null);
  const [tick, setTick] = useState(0);
  const reread = () => {
    setDialog(null);
    setTick((t) => t + 1);
  };
  return {
    dialog,
    setDialog,
    tick,
    handlers: {
      onClose: () => setDialog(null),
      onSaved: () => {
        reread();
        onChanged();
      },
      onRefresh: reread,
    },
  };
}
