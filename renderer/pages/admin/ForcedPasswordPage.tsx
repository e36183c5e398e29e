import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { ChangePasswordForm } from './ChangePasswordForm';

/** After the admin reset the password: a new one before anything else. */
export function ForcedPasswordPage({ onDone }: { onDone(): void }) {
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={440}>
        <Stack>
          <Title order={3}>请设置新密码</Title>
          <Text size="sm" c="dimmed">
            街道管理员重置了您的密码。请输入管理员告诉您的临时密码，并设置只有您知道的新密码。
          </Text>
          <ChangePasswordForm onDone={onDone} />
        </Stack>
      </Paper>
    </Center>
  );
}
