/**
 * The four built-in rule sets (DOMAIN.md §4), kept as data in the import format (a bureau's file looks the same).
 * Each is validated by the same schema as an import; a preset that fails it is a programming error, caught by the
 * unit tests (tests/unit/assessment/presets.test.ts).
 */
import { parseStandard } from '../../../contract/standards';
import type { StandardDefinition } from '../../../contract/standards';
import chongqing2007 from './chongqing-2007.json' with { type: 'json' };
import jiangsu2005 from './jiangsu-2005.json' with { type: 'json' };
import jilinStars from './jilin-stars.json' with { type: 'json' };
import zhenjiangScored from './zhenjiang-scored.json' with { type: 'json' };

function preset(name: string, value: unknown): StandardDefinition {
  const parsed = parseStandard(value);
  if (!parsed.ok) throw new Error(`内置标准 ${name} 不合格式：${parsed.problems.map((p) => `${p.path}：${p.message}`).join('；')}`);
  return parsed.standard;
}

/** In the order the 考核 page offers them. */
export const PRESET_STANDARDS: readonly StandardDefinition[] = [
  preset('chongqing-2007', chongqing2007),
  preset('jiangsu-2005', jiangsu2005),
  preset('zhenjiang-scored', zhenjiangScored),
  preset('jilin-stars', jilinStars),
];

/** The standard used when none is chosen. */
export const DEFAULT_STANDARD_ID = 'chongqing-2007';
