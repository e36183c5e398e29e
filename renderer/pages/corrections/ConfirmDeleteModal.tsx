import { Text } from '@mantine/core';
import { FormDialog } from '../../components/form-dialog/FormDialog';

interface Props {
  /** What is deleted, named: 户 0001、金山社区、张三. */
  name: string;
  /** What kind of thing it is: 户、社区、人员. */
  what: string;
  /** Why deleting is safe, and what it does. */
  note: string;
  /** Deletes it; the service refuses (in Chinese, shown in the dialog) while anything refers to it. */
  remove(): Promise<unknown>;
  onClose(): void;
  /** After the deletion (the page goes elsewhere). */
  onDeleted(): void;
}

/** 删除 something entered by mistake: a confirmation naming it; a refusal says why and nothing is deleted. */
export function ConfirmDeleteModal({ name, what, note, remove, onClose, onDeleted }: Props) {
  return (
    <FormDialog
      initial={{}}
      title={`删除${what}：${name}`}
      submitLabel={`删除${what}`}
      danger
      onClose={onClose}
      onSaved={onDeleted}
      fields={() => [
        <Text size="sm">
          确定要删除{what}“{name}”吗？
        </Text>,
        <Text size="sm" c="dimmed">
          {note}删除会记入审计日志，不能撤销。
        </Text>,
      ]}
      save={async () => {
        await remove();
        return `已删除${what}“${name}”`;
      }}
    />
  );
}
