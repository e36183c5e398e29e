import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';
import { JobProgress } from '../JobProgress';
import { useLoadDemo } from './use-load-demo';

/** The page starts afresh on the other database: every list and count is read again. */
function reopen(): void {
  window.location.hash = '#/';
  window.location.reload();
}

/** In the header while the app is on the demo's own database: a clear 演示数据 badge and 退出演示. */
export function DemoBadge() {
  const [leaving, setLeaving] = useState(false);
  async function exit() {
    setLeaving(true);
    try {
      await call('demo.exit', {});
      reopen();
    } catch (error) {
      setLeaving(false);
      notifications.show({ color: 'red', title: '未能退出演示', message: messageOf(error) });
    }
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Badge color="grape" variant="filled" size="lg" title="现在看到的是虚构的演示数据（demo.sqlite），与本所数据分开存放" aria-label="演示数据">
        演示数据
      </Badge>
      <Button size="compact-sm" variant="outline" color="grape" loading={leaving} onClick={() => void exit()}>
        退出演示
      </Button>
    </Group>
  );
}

/** 载入演示数据 from the user menu (an office already at work): a confirmation, the job's progress, then the demo. */
export function LoadDemoModal({ onClose }: { onClose(): void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const { progress, load } = useLoadDemo(reopen, setFailure);
  return (
    <Modal opened onClose={onClose} title="载入演示数据" closeOnClickOutside={progress === 'idle'}>
      <Stack>
        <Text size="sm">
          演示数据是一个虚构的街道，单独存放在数据目录的 demo.sqlite 中（每次载入都重新生成），本所数据不会被改动，也不会混入演示数据。看完后点页面顶部的“退出演示”回到本所数据。
        </Text>
        {failure && (
          <Text size="sm" c="red">
            {failure}
          </Text>
        )}
        {progress !== 'idle' ? (
          <JobProgress title="正在载入演示数据" progress={progress} />
        ) : (
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button onClick={() => void load()}>载入演示数据</Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
