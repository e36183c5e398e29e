import { Stack, Tabs, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One tab of a page: its value (route part or state), its label and what it shows. */
export interface PageTab {
  value: string;
  label: string;
  panel: ReactNode;
}

interface TabbedPageProps {
  title: string;
  description: string;
  tabs: readonly PageTab[];
  value: string | null;
  onChange: (value: string | null) => void;
  /** false: a tab's panel is mounted only while it is shown (it reloads when shown again). */
  keepMounted?: boolean;
  gap?: 'md' | 'lg';
}

/** A page made of tabs under its title and one line saying what the page is for (设置, 用户与安全, 交换). */
export function TabbedPage({ title, description, tabs, value, onChange, keepMounted = true, gap = 'md' }: TabbedPageProps) {
  return (
    <Stack gap={gap}>
      <div>
        <Title order={3}>{title}</Title>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      </div>
      <Tabs value={value} onChange={onChange} keepMounted={keepMounted}>
        <Tabs.List>
          {tabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((t) => (
          <Tabs.Panel key={t.value} value={t.value} pt="md">
            {t.panel}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
