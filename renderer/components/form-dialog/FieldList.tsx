import { Group, SimpleGrid } from '@mantine/core';
import { Fragment, isValidElement } from 'react';
import { valueOf } from './field-checks';
import type { FieldErrors } from './field-checks';
import { fieldsOf } from './field-spec';
import type { AnyField, CustomField, Item } from './field-spec';
import { FieldView } from './FieldView';

interface Props {
  items: readonly Item[];
  values: object;
  errors: FieldErrors;
  /** The field that takes the focus when the dialog opens. */
  focusName: string | null;
  onChange(field: AnyField, value: unknown): void;
}

/**
 * The field that takes the focus: the one marked so, else the first that can be used — unless the dialog's own field
 * comes first (it carries its own data-autofocus).
 */
export function focusNameOf(items: readonly Item[]): string | null {
  const marked = fieldsOf(items).find((f) => f.autofocus && !f.disabled);
  if (marked) return marked.name;
  const first = firstEntry(items);
  return first && 'kind' in first ? first.name : null;
}

/** The first usable field or dialog's own field, rows included. */
function firstEntry(items: readonly Item[]): AnyField | CustomField | null {
  for (const item of items) {
    if (!item || isValidElement(item)) continue;
    if ('row' in item) {
      const inner = firstEntry(item.row);
      if (inner) return inner;
    } else if ('custom' in item || !item.disabled) {
      return item;
    }
  }
  return null;
}

/** A dialog's fields in order: rows side by side, the dialog's own fields and notes where they stand. */
export function FieldList({ items, ...rest }: Props) {
  return items.map((item, index) => {
    if (!item) return null;
    if (isValidElement(item)) return <Fragment key={index}>{item}</Fragment>;
    if ('row' in item) {
      const inner = <FieldList items={item.row} {...rest} />;
      return item.inline ? (
        <Group key={index} gap="lg">
          {inner}
        </Group>
      ) : (
        <SimpleGrid key={index} cols={item.cols ?? item.row.filter(Boolean).length}>
          {inner}
        </SimpleGrid>
      );
    }
    if ('custom' in item) return <Fragment key={index}>{item.custom}</Fragment>;
    return (
      <FieldView
        key={item.name}
        field={item}
        value={valueOf(rest.values, item.name)}
        error={rest.errors[item.name]}
        focus={item.name === rest.focusName}
        onChange={(value) => rest.onChange(item, value)}
      />
    );
  });
}
