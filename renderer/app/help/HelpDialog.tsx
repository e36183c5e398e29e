import { Code, Kbd, List, Modal, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import type { SystemStatus } from '../../../shared/contract/system';
import { APP_NAME } from '../../../shared/version';
import { GLOBAL_KEYS, helpFor } from './page-help';
import type { PageHelp } from './page-help';

export type HelpTab = 'page' | 'about';

function KeyTable({ keys, label }: { keys: readonly (readonly [string, string])[]; label: string }) {
  return (
    <Table withTableBorder fz="sm" aria-label={label}>
      <Table.Tbody>
        {keys.map(([key, what]) => (
          <Table.Tr key={key}>
            <Table.Td w={220}>
              <Kbd size="xs">{key}</Kbd>
            </Table.Td>
            <Table.Td>{what}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function PageGuide({ help }: { help: PageHelp }) {
  return (
    <Stack gap="sm">
      <Title order={4}>{help.title}</Title>
      <Text size="sm">{help.purpose}</Text>
      <Title order={6}>在本页可以</Title>
      <List size="sm" spacing={4}>
        {help.tasks.map((t) => (
          <List.Item key={t}>{t}</List.Item>
        ))}
      </List>
      {help.keys.length > 0 && (
        <>
          <Title order={6}>本页的按键</Title>
          <KeyTable keys={help.keys} label="本页的按键" />
        </>
      )}
      <Title order={6}>各页通用的按键</Title>
      <KeyTable keys={GLOBAL_KEYS} label="各页通用的按键" />
    </Stack>
  );
}

function About({ status }: { status: SystemStatus }) {
  const rows: [string, React.ReactNode][] = [
    ['程序', APP_NAME],
    ['版本', status.appVersion],
    ['数据文件夹', <Code key="dir">{status.dataDir}</Code>],
    ['数据库', <Code key="db">{status.dbPath}</Code>],
    ['数据库结构版本', status.schemaVersion === status.latestSchemaVersion ? String(status.schemaVersion) : `${status.schemaVersion}（本程序为 ${status.latestSchemaVersion}）`],
    ['运行方式', status.transport === 'browser' ? '浏览器模式' : '桌面版'],
  ];
  return (
    <Table withTableBorder fz="sm" aria-label="关于本程序">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={140}>{label}</Table.Th>
            <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** 帮助 (F1): the guide of the page at `path` and 关于 (version, data folder, schema version). */
export function HelpDialog({ path, status, tab, onTab, onClose }: { path: string; status: SystemStatus; tab: HelpTab; onTab(tab: HelpTab): void; onClose(): void }) {
  const help = helpFor(path);
  return (
    <Modal opened onClose={onClose} title="帮助" size="lg">
      <Tabs value={tab} onChange={(v) => onTab(v === 'about' ? 'about' : 'page')}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="page" data-autofocus>
            本页说明
          </Tabs.Tab>
          <Tabs.Tab value="about">关于</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="page">{help ? <PageGuide help={help} /> : <KeyTable keys={GLOBAL_KEYS} label="各页通用的按键" />}</Tabs.Panel>
        <Tabs.Panel value="about">
          <About status={status} />
        </Tabs.Panel>
      </Tabs>
    </Modal>
  );
}
