import { AppShell, Group, Kbd, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import type { SystemStatus } from '../../shared/contract/system';
import { APP_NAME } from '../../shared/version';
import { StatusBar } from '../components/StatusBar';
import { routes } from './routes';
import { useHashRoute } from './use-hash-route';

export function Shell({ status }: { status: SystemStatus }) {
  const [path, navigate] = useHashRoute();
  const active = routes.find((r) => path === r.path || path.startsWith(`${r.path}/`)) ?? routes[0];
  useEffect(() => {
    if (active && path === '/') navigate(active.path);
  }, [active, path, navigate]);
  useHotkeys(routes.map((r) => [`alt+${r.hotkey}`, () => navigate(r.path)]));

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: 0 }} footer={{ height: 30 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={4}>{APP_NAME}</Title>
          <Text size="sm" c="dimmed">
            {status.street?.name}（{status.street?.code}）
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="主导航">
        <ScrollArea>
          {routes.map((r) => (
            <NavLink
              key={r.path}
              href={`#${r.path}`}
              label={r.label}
              active={active?.path === r.path}
              rightSection={<Kbd size="xs">Alt+{r.hotkey}</Kbd>}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>{active?.render()}</AppShell.Main>
      <AppShell.Footer>
        <StatusBar status={status} />
      </AppShell.Footer>
    </AppShell>
  );
}
