/** Hands out unique, valid 18-digit 身份证 numbers (odd sequence = male, even = female). */
import { makeIdNumber } from '../../../shared/domain/id-number';
import type { Rng } from './random';

/** County codes people of the street were registered in: mostly the street's own county. */
export const HOME_AREA = '321102';
const NEARBY_AREAS = ['321111', '321112', '321181', '321182', '321183', '320106', '320211'];
const FAR_AREAS = ['341221', '342422', '411521', '510122', '362425', '430521', '522121', '370828'];

export class IdAllocator {
  private readonly lastSequence = new Map<string, number>();

  constructor(private readonly rng: Rng) {}

  /** An area code for a resident: rural and migrant people more often come from elsewhere. */
  areaFor(urban: boolean): string {
    const r = this.rng.next();
    if (r < (urban ? 0.8 : 0.6)) return HOME_AREA;
    if (r < (urban ? 0.93 : 0.85)) return this.rng.pick(NEARBY_AREAS);
    return this.rng.pick(FAR_AREAS);
  }

  next(area: string, birthIso: string, gender: 'M' | 'F'): string {
    const parity = gender === 'M' ? 1 : 0;
    const key = `${area}${birthIso}${gender}`;
    const last = this.lastSequence.get(key);
    const sequence = last === undefined ? 2 * this.rng.range(5, 150) + parity : last + 2 * this.rng.range(1, 4);
    if (sequence > 999) {
      // This birth date is crowded in this county; take the next county of the list.
      const all = [HOME_AREA, ...NEARBY_AREAS, ...FAR_AREAS];
      return this.next(all[(all.indexOf(area) + 1) % all.length] ?? HOME_AREA, birthIso, gender);
    }
    this.lastSequence.set(key, sequence);
    return makeIdNumber(area, birthIso, sequence);
  }
}
