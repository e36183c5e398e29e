import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { BackupInfo } from '../../../shared/contract/admin';
import { DataTable } from '../../components/DataTable';
import { call, downloadPrepared, pickFileForImport, pickSaveTarget } from '../../lib/api';
import { useAuthReload } from '../../lib/auth';
import { messageOf } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';

const FILTERS = [{ name: '工作台备份', extensions: ['deskbak'] }];

function when(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { hour12: false });
}

function size(bytes: number): string {
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** 备份与恢复: the automatic backups, a manual backup to a chosen file, and restore (checked first). */
export function BackupTab() {
  const list = useApiQuery('backup.list', {});
  const reloadAuth = useAuthReload();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function backupNow() {
    setFailure(null);
    setDone(null);
    const target = await pickSaveTarget('备份到', '工作台备份.deskbak', FILTERS);
    if (target === 'cancelled') return;
    setBusy('backup');
    try {
      const made = await call('backup.create', { file: target?.ref ?? null });
      if (made.download) await downloadPrepared(made.download.ref, made.download.name);
      setDone(`已备份（${made.backup.street}，结构版本 ${made.backup.schemaVersion}，${size(made.backup.bytes)}，SHA-256 ${made.backup.sha256.slice(0, 16)}…）`);
      list.reload();
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(null);
    }
  }

  const [confirming, setConfirming] = useState<{ what: string; run: () => Promise<void> } | null>(null);
  function confirmRestore(what: string, run: () => Promise<void>) {
    setConfirming({ what, run });
  }

  async function restore(input: { file: string | null; fileName: string | null }) {
    setFailure(null);
    setDone(null);
    setBusy('restore');
    try {
      const result = await call('backup.restore', input);
      notifications.show({ color: 'green', title: '已恢复', message: `已从备份（${when(result.restored.createdAt)}）恢复；恢复前的数据库已另存为 ${result.safetyBackup}` });
      reloadAuth();
    } catch (error) {
      setFailure(messageOf(error));
      setBusy(null);
    }
  }

  async function restoreFromFile() {
    const picked = await pickFileForImport('选择备份文件', FILTERS).catch((error: unknown) => {
      setFailure(messageOf(error));
      return null;
    });
    if (!picked) return;
    confirmRestore(picked.name, () => restore({ file: picked.ref, fileName: null }));
  }

  const backups: BackupInfo[] = list.data?.backups ?? [];
  return (
    <Stack>
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title="从备份恢复">
        <Stack>
          <Text size="sm">将用“{confirming?.what}”替换当前数据库。恢复前会先校验备份文件，并自动备份当前数据库；恢复后所有人需要重新登录。确定恢复吗？</Text>
          <Group justify="flex-end">
            <Button variant="default" data-autofocus onClick={() => setConfirming(null)}>
              取消
            </Button>
            <Button
              color="red"
              onClick={() => {
                const run = confirming?.run;
                setConfirming(null);
                if (run) void run();
              }}
            >
              确认恢复
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Text size="sm" c="dimmed">
        每天和退出时自动备份到 {list.data?.folder ?? '备份文件夹'}，保留最近 {list.data?.keep ?? 10} 份（在“设置”中修改）。每个备份是一个自校验文件：文件头写明街道、结构版本、时间和
        SHA-256，任何改动都会在恢复前被发现。
      </Text>
      <Group>
        <Button onClick={() => void backupNow()} loading={busy === 'backup'} disabled={busy !== null}>
          立即备份到文件…
        </Button>
        <Button variant="light" color="red" onClick={() => void restoreFromFile()} loading={busy === 'restore'} disabled={busy !== null}>
          从备份文件恢复…
        </Button>
      </Group>
      {failure && (
        <Alert color="red" title="未能完成">
          {failure}
        </Alert>
      )}
      {done && <Alert color="green">{done}</Alert>}
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      <DataTable
        aria-label="备份"
        highlightOnHover={false}
        withTableBorder={false}
        rows={backups}
        rowKey={(b) => b.fileName}
        columns={[
          { header: '时间', cell: (b) => when(b.createdAt) },
          { header: '方式', cell: (b) => b.reason },
          { header: '街道', cell: (b) => b.street },
          { header: '结构版本', cell: (b) => b.schemaVersion },
          { header: '大小', cell: (b) => size(b.bytes) },
          { header: '文件', cell: (b) => <Text span fz="xs" ff="monospace">{b.fileName}</Text> },
          {
            header: null,
            cell: (b) => (
              <Button size="compact-sm" variant="default" disabled={busy !== null} onClick={() => confirmRestore(b.fileName, () => restore({ file: null, fileName: b.fileName }))}>
                恢复
              </Button>
            ),
          },
        ]}
      />
      {backups.length === 0 && !list.loading && (
        <Text c="dimmed" ta="center">
          备份文件夹中还没有备份
        </Text>
      )}
    </Stack>
  );
}
