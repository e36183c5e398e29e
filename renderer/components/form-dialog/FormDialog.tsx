import { Button, Group, Modal, Stack } from '@mantine/core';
import type { MantineSize, MantineSpacing, ModalProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent, ReactNode } from 'react';
import { FailureAlert } from '../FailureAlert';
import { submitOnEnter } from './enter-submits';
import { localErrors } from './field-checks';
import { shownNames } from './field-spec';
import type { AnyField, FieldItem, Item } from './field-spec';
import { FieldList, focusNameOf } from './FieldList';
import { refusalOf } from './refusal';
import type { ServerPaths } from './refusal';
import { useFormDialog } from './use-form-dialog';
import type { FormDialogState } from './use-form-dialog';

/** What a save says when it succeeds: a line, or a title with more. */
export type Notice = string | { title: string; message: ReactNode };

/** What a dialog's opener hands it: close, saved (the page reloads), and 刷新 after someone else saved first. */
export interface DialogProps {
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

interface Props<V extends object> extends ServerPaths {
  /** The values the form starts with (taken when the dialog opens). */
  initial: V;
  /** The dialog's title, also the form's accessible name. */
  title: string;
  size?: MantineSize;
  /** The fields in order, with notes and warnings where they stand, for the values as they are now. */
  fields(values: V, form: FormDialogState<V>): FieldItem<V>[];
  /** Checks across fields (an end not before its start), after each field's own. */
  check?(values: V): Record<string, string | null | undefined | false>;
  /** Saves what passed the checks; its answer is the success notification (none: nothing was saved). */
  save(values: V): Promise<Notice | undefined>;
  /** After a successful save (a dialog handing on what was saved calls its own from `save`). */
  onSaved?: () => void;
  submitLabel?: string;
  /** The submit button in red (迁出, 终止协议…). */
  danger?: boolean;
  onClose(): void;
  /** Reloads the record after someone else saved it first (刷新); without it no 刷新 button. */
  onRefresh?: () => void;
  gap?: MantineSpacing;
  modalProps?: Omit<Partial<ModalProps>, 'opened' | 'onClose' | 'title' | 'size'>;
}

function focusFirstProblem(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/**
 * Every dialog form: the modal and its title, the fields (the first focused on opening), Enter to save (never from a
 * text area or an open dropdown; Ctrl+Enter there), the local checks, the service's refusals on their fields and
 * anything else once above the buttons (with 刷新 for a stale version), 取消 and the submit button while saving.
 */
export function FormDialog<V extends object>(props: Props<V>) {
  const { title, size, check, save, submitLabel = '保存', danger = false, onClose, onSaved, onRefresh, gap, modalProps } = props;
  const form = useFormDialog(props.initial);
  // The typed list (names of V, kinds fitting their values) drawn and checked as plain fields.
  const items = props.fields(form.values, form) as readonly Item[];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.saving) return;
    const element = event.currentTarget;
    const local = localErrors(items, form.values, check);
    form.setErrors(local);
    form.setFailure(null);
    if (Object.keys(local).length > 0) return focusFirstProblem(element);
    form.setSaving(true);
    try {
      const notice = await save(form.values);
      if (notice === undefined) return;
      onSaved?.();
      notifications.show(typeof notice === 'string' ? { color: 'green', message: notice } : { color: 'green', ...notice });
    } catch (error) {
      const refusal = refusalOf(error, shownNames(items), props);
      form.setErrors(refusal.errors);
      form.setFailure(refusal.failure);
      focusFirstProblem(element);
    } finally {
      form.setSaving(false);
    }
  }

  const change = (field: AnyField, value: unknown) => form.patch({ [field.name]: value, ...field.alsoSet?.(value as never, form.values as never) } as Partial<V>);
  const refresh =
    onRefresh &&
    (() => {
      form.setFailure(null);
      onRefresh();
    });
  return (
    <Modal opened onClose={onClose} title={title} size={size} {...modalProps}>
      <form onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} noValidate aria-label={title}>
        <Stack gap={gap}>
          <FieldList items={items} values={form.values} errors={form.errors} focusName={focusNameOf(items)} onChange={change} />
          {form.failure && <FailureAlert failure={form.failure} onRefresh={refresh} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit" color={danger ? 'red' : undefined} loading={form.saving}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
