/** The fields of a dialog form as a list: what each one edits, how it is drawn and what it checks before saving. */
import { isValidElement } from 'react';
import type { ReactElement, ReactNode } from 'react';

/**
 * Days a date may not pass, by what they are (`{ 出生日期: person.birthDate, 迁出日期: person.archivedOn }`), checked
 * in that order; a limit this record does not have (not archived, no earlier agreement) is null or undefined.
 */
export type DateLimits = Readonly<Record<string, string | null | undefined | false>>;

/** A choice: its value and what the clerk reads. */
export interface Option<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

/** A select's or a segmented control's choices: a list, or a label per value (`SPELL_KIND_LABEL`). */
export type Options<T extends string> = readonly Option<T>[] | Readonly<Record<T, string>>;

interface TextKind {
  kind: 'text';
  /** Longest text accepted: more is refused on the field (「经办人不能超过 20 个字」). */
  limit?: number;
  /** Longest text that can be typed at all (a 12-digit code). */
  maxLength?: number;
  /** Cleans what is typed (digits only…). */
  filter?(typed: string): string;
  /** Codes and numbers in a monospace font. */
  mono?: boolean;
  inputMode?: 'numeric' | 'text';
}

interface TextareaKind {
  kind: 'textarea';
  limit?: number;
  minRows?: number;
  maxRows?: number;
}

interface AutocompleteKind {
  kind: 'autocomplete';
  limit?: number;
  /** Suggestions; anything else may be typed too. */
  data: readonly string[];
}

interface SelectKind<T extends string> {
  kind: 'select';
  data: Options<T>;
  searchable?: boolean;
  /** May be emptied again (an optional choice). */
  clearable?: boolean;
  nothingFound?: string;
}

/** A date typed or picked, kept as `YYYY-MM-DD`; '' while empty. */
interface DateKind {
  kind: 'date';
  /** The date may not be earlier than any of these. */
  notBefore?: DateLimits;
  notAfter?: DateLimits;
  /** A planned date may lie ahead; any other may not be later than today. */
  future?: boolean;
}

interface NumberKind {
  kind: 'number';
  min?: number;
  max?: number;
  /** Digits after the point; 0 for whole numbers. */
  decimals?: number;
  /** 3,200 */
  thousands?: boolean;
}

interface ChoiceKind<T extends string> {
  /** segmented: one bar of choices (arrow keys move); radio: round buttons. */
  kind: 'segmented' | 'radio';
  data: Options<T>;
  fullWidth?: boolean;
}

interface ToggleKind {
  kind: 'checkbox' | 'switch';
}

export type KindProps = TextKind | TextareaKind | AutocompleteKind | SelectKind<string> | DateKind | NumberKind | ChoiceKind<string> | ToggleKind;

/** What every field has, whatever its kind. */
export interface FieldBase {
  name: string;
  label: string;
  /** What the messages call the field when its label is a phrase (自何日起 → 起始日期); by default the label. */
  noun?: string;
  required?: boolean;
  /** The message when a required field is left empty (by default 请填写… or 请选择… and the label). */
  requiredMessage?: string;
  description?: ReactNode;
  placeholder?: string;
  disabled?: boolean;
  /** Takes the focus when the dialog opens (by default the first field does). */
  autofocus?: boolean;
}

/** A field as it is drawn and checked, whatever the form's values. */
export type AnyField = FieldBase & KindProps & {
  check?(value: never, values: never): string | null | undefined | false;
  alsoSet?(value: never, values: never): object;
};

interface Typed<V, K extends keyof V> extends FieldBase {
  name: K & string;
  /** A further check of a value given (empty values stop at `required`): the message for the field, or nothing. */
  check?(value: Exclude<V[K], null | undefined>, values: V): string | null | undefined | false;
  /** Other values that change with this one (a new flag proposes its opposite value). */
  alsoSet?(value: V[K], values: V): Partial<V>;
}

type Choice<T> = Exclude<T, null> & string;

/** The kinds a value of type T can be edited with. */
type KindsFor<T> =
  | ([T] extends [string] ? TextKind | TextareaKind | AutocompleteKind : never)
  | ([T] extends [string | null] ? SelectKind<Choice<T>> | ChoiceKind<Choice<T>> : never)
  | ([T] extends [string] ? ([string] extends [T] ? DateKind : never) : never)
  | ([T] extends [number | string] ? ([number] extends [T] ? NumberKind : never) : never)
  | ([T] extends [boolean] ? ToggleKind : never);

/** One field of a form whose values are V: its name is one of V's keys and its kind fits that key's type. */
export type FieldSpec<V> = { [K in keyof V & string]: Typed<V, K> & KindsFor<V[K]> }[keyof V & string];

/** Fields side by side: a grid of `cols` columns (by default one per field), or a line of switches (`inline`). */
export interface FieldRow<V> {
  row: FieldItem<V>[];
  cols?: number;
  inline?: boolean;
}

/** A field the dialog draws itself (the ID number with its live check, the vacancy search): the names it shows. */
export interface CustomField {
  custom: ReactNode;
  names: readonly string[];
}

/** An entry of a dialog's field list; any other element (a note, a warning) is drawn where it stands. */
export type FieldItem<V> = FieldSpec<V> | FieldRow<V> | CustomField | ReactElement | false | null | undefined | '';

export type Item = { row: Item[]; cols?: number; inline?: boolean } | CustomField | AnyField | ReactElement | false | null | undefined | '';

export function isField(item: Item): item is AnyField {
  return !!item && !isValidElement(item) && 'kind' in item;
}

/** The fields of a list, rows included, in the order they are drawn. */
export function fieldsOf(items: readonly Item[]): AnyField[] {
  return items.flatMap((item) => {
    if (!item || isValidElement(item)) return [];
    if ('row' in item) return fieldsOf(item.row);
    return 'kind' in item ? [item] : [];
  });
}

/** The names of every field shown, the dialog's own included: a refusal naming one of them goes under it. */
export function shownNames(items: readonly Item[]): string[] {
  return items.flatMap((item) => {
    if (!item || isValidElement(item)) return [];
    if ('row' in item) return shownNames(item.row);
    return 'custom' in item ? [...item.names] : [item.name];
  });
}

export function optionsOf(data: Options<string>): Option<string>[] {
  return Array.isArray(data) ? [...(data as readonly Option<string>[])] : Object.entries(data as Record<string, string>).map(([value, label]) => ({ value, label }));
}
