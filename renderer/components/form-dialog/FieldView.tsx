import { Autocomplete, Checkbox, Group, NumberInput, Radio, SegmentedControl, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { DateField } from '../DateField';
import { optionsOf } from './field-spec';
import type { AnyField } from './field-spec';

interface Props {
  field: AnyField;
  value: unknown;
  error: string | undefined;
  /** This field takes the focus when the dialog opens. */
  focus: boolean;
  onChange(value: unknown): void;
}

const MONO = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/** A segmented control's focus goes to its chosen (or first) button: the modal focuses what carries data-autofocus. */
function focusChoice(root: HTMLDivElement | null): void {
  const input = root?.querySelector('input:checked:not(:disabled)') ?? root?.querySelector('input:not(:disabled)');
  input?.setAttribute('data-autofocus', 'true');
}

/** One field of a dialog form, drawn by its kind; the label is its accessible name. */
export function FieldView({ field, value, error, focus, onChange }: Props) {
  const common = {
    label: field.label,
    required: field.required,
    description: field.description,
    placeholder: field.placeholder,
    disabled: field.disabled,
    error,
    'data-autofocus': focus || undefined,
  };
  const text = typeof value === 'string' ? value : '';
  switch (field.kind) {
    case 'text':
      return (
        <TextInput
          {...common}
          value={text}
          onChange={(e) => onChange(field.filter ? field.filter(e.currentTarget.value) : e.currentTarget.value)}
          maxLength={field.maxLength}
          inputMode={field.inputMode}
          styles={field.mono ? MONO : undefined}
        />
      );
    case 'textarea':
      return <Textarea {...common} autosize minRows={field.minRows ?? 2} maxRows={field.maxRows} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'autocomplete':
      return <Autocomplete {...common} data={[...field.data]} value={text} onChange={onChange} />;
    case 'select':
      return (
        <Select
          {...common}
          data={optionsOf(field.data)}
          searchable={field.searchable}
          // Focused after a refusal, its list stays closed so that the message under it can be read.
          openOnFocus={!error}
          clearable={field.clearable}
          allowDeselect={!!field.clearable}
          nothingFoundMessage={field.nothingFound}
          value={typeof value === 'string' ? value : null}
          onChange={(v) => (v !== null || field.clearable) && onChange(v)}
        />
      );
    case 'date':
      return <DateField {...common} clearable={!field.required} value={text || null} onChange={(day) => onChange(day ?? '')} />;
    case 'number':
      return (
        <NumberInput
          {...common}
          min={field.min}
          max={field.max}
          allowNegative={field.min === undefined || field.min < 0}
          allowDecimal={field.decimals !== 0}
          decimalScale={field.decimals}
          thousandSeparator={field.thousands ? ',' : undefined}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          onChange={onChange}
        />
      );
    case 'radio':
      return (
        <Radio.Group label={field.label} required={field.required} description={field.description} error={error} value={typeof value === 'string' ? value : null} onChange={onChange}>
          <Group mt={4}>
            {optionsOf(field.data).map((o, i) => (
              <Radio key={o.value} value={o.value} label={o.label} disabled={field.disabled || o.disabled} data-autofocus={(focus && i === 0) || undefined} />
            ))}
          </Group>
        </Radio.Group>
      );
    case 'segmented':
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {field.label}
          </Text>
          <SegmentedControl
            ref={focus ? focusChoice : undefined}
            aria-label={field.label}
            fullWidth={field.fullWidth}
            disabled={field.disabled}
            data={optionsOf(field.data)}
            value={text}
            onChange={onChange}
          />
          {field.description && (
            <Text size="xs" c="dimmed">
              {field.description}
            </Text>
          )}
          {error && (
            <Text size="xs" c="red">
              {error}
            </Text>
          )}
        </Stack>
      );
    case 'checkbox':
      return <Checkbox {...common} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />;
    case 'switch':
      return <Switch {...common} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />;
  }
}
