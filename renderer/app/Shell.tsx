import { AppShell, Button, Group, Kbd, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { UserMenu } from '../pages/admin/UserMenu';
import { useSignedInUser } from '../lib/auth';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { SystemStatus } from '../../shared/contract/system';
import { APP_NAME } from '../../shared/version';
import { PersonSearch } from '../components/PersonSearch';
import { StatusBar } from '../components/StatusBar';
import { DemoBadge } from '../components/demo/DemoBadge';
import { detailRoutes } from './detail-routes';
import { HelpDialog } from './help/HelpDialog';
import type { HelpTab } from './help/HelpDialog';
import { resolveRoute } from './resolve-route';
import { routes } from './routes';
import { useHashRoute } from './use-hash-route';

export function Shell({ status }: { status: SystemStatus }) {
  const [path, navigate] = useHashRoute();
  const user = useSignedInUser();
  const visible = routes.filter((r) => !r.roles || (user !== null && r.roles.includes(user.role)));
  const { area: active, content } = resolveRoute(path, visible, detailRoutes);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (active && path === '/') navigate(active.path);
  }, [active, path, navigate]);
  const focusSearch = () => {
    search.current?.focus();
    search.current?.select();
  };
  const [help, setHelp] = useState<HelpTab | null>(null);
  useHotkeys([...visible.map((r): [string, () => void] => [`alt+${r.hotkey}`, () => navigate(r.path)]), ['mod+K', focusSearch], ['/', focusSearch]]);
  // F1 from anywhere, a field included (the browser's own help is never opened).
  useHotkeys([['F1', () => setHelp('page')]], []);

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: 0 }} footer={{ height: 30 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Title order={4}>{APP_NAME}</Title>
          <PersonSearch inputRef={search} onOpen={(id) => navigate(`/person/${id}`)} />
          <Group gap="sm" wrap="nowrap">
            {status.demo && <DemoBadge />}
            <Text size="sm" c="dimmed">
              {status.street?.name}（{status.street?.code}）
            </Text>
            <Button variant="subtle" size="compact-sm" onClick={() => setHelp('page')} rightSection={<Kbd size="xs">F1</Kbd>}>
              帮助
            </Button>
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="主导航">
        <ScrollArea>
          {visible.map((r) => (
            <NavLink
              key={r.path}
              href={`#${r.path}`}
              label={r.label}
              active={active?.path === r.path}
              rightSection={
                <Group gap={4} wrap="nowrap">
                  {r.badge && <r.badge />}
                  <Kbd size="xs">Alt+{r.hotkey}</Kbd>
                </Group>
              }
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>{content}</AppShell.Main>
      <AppShell.Footer>
        <StatusBar status={status} />
      </AppShell.Footer>
      {help && <HelpDialog path={path} status={status} tab={help} onTab={setHelp} onClose={() => setHelp(null)} />}
    </AppShell>
  );
}
