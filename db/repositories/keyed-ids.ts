/**
 * Row ids by the key the standard workbook names records by (ID number, 户编号), for a write that turns keys into
 * ids: every row's read at once (a Map), or each key looked up when first asked for and kept — for a write of a few
 * thousand records into a large street, where reading every row would cost more than the write.
 */
export interface KeyedIds {
  get(key: string): number | undefined;
  set(key: string, id: number): void;
}

export function lookedUpIds(lookUp: (key: string) => number | undefined): KeyedIds {
  const known = new Map<string, number>();
  return {
    get(key) {
      let id = known.get(key);
      if (id === undefined) {
        id = lookUp(key);
        if (id !== undefined) known.set(key, id);
      }
      return id;
    },
    set(key, id) {
      known.set(key, id);
    },
  };
}
