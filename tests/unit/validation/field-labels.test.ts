/** Every key of every method's input has a Chinese name for validation messages. */
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { AREA_FIELD_LABELS, FIELD_LABELS, fieldInfo } from '../../../shared/validation/field-labels';

type Schema = z.core.$ZodType;

/** The object keys anywhere in a schema, through wrappers, lists, unions and pipes. */
function keysOf(schema: Schema, out = new Set<string>(), seen = new Set<Schema>()): Set<string> {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const visit = (value: unknown) => keysOf(value as Schema, out, seen);
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, Schema>)) {
        out.add(key);
        visit(value);
      }
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      visit(def.innerType);
      break;
    case 'array':
      visit(def.element);
      break;
    case 'pipe':
      visit(def.in);
      visit(def.out);
      break;
    case 'union':
      (def.options as Schema[]).forEach(visit);
      break;
    case 'intersection':
      visit(def.left);
      visit(def.right);
      break;
    case 'record':
      visit(def.valueType);
      break;
    case 'lazy':
      visit((def.getter as () => Schema)());
      break;
    default:
      break;
  }
  return out;
}

describe('field labels', () => {
  const byMethod = Object.entries(contract).map(([method, c]) => [method, [...keysOf(c.input as Schema)]] as const);

  it('found the keys of the inputs', () => {
    expect(byMethod.flatMap(([, keys]) => keys).length).toBeGreaterThan(100);
  });

  it.each(byMethod)('%s: every input key has a Chinese name', (method, keys) => {
    const unnamed = keys.filter((key) => !/[\u4e00-\u9fa5]/.test(fieldInfo([key], method).label));
    expect(unnamed).toEqual([]);
  });

  it('an area’s name comes before the common one', () => {
    expect(fieldInfo(['name'], 'persons.create').label).toBe('姓名');
    expect(fieldInfo(['name'], 'communities.create').label).toBe('社区名称');
    expect(fieldInfo(['name'], 'households.list').label).toBe(FIELD_LABELS.name?.label);
    expect(fieldInfo(['fields', 'name'], 'persons.update').label).toBe('姓名');
    expect(Object.keys(AREA_FIELD_LABELS).length).toBeGreaterThan(0);
  });

  it('names the whole input and list positions', () => {
    expect(fieldInfo([]).label).toBe('输入');
    expect(fieldInfo(['personIds', 0], 'services.recordBulk').label).toBe('人员第 1 项');
    expect(fieldInfo([3]).label).toBe('第 4 项');
  });
});
