import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

interface EntryScreenProps {
  title: ReactNode;
  /** The line under the title: what this screen is for. */
  intro: ReactNode;
  /** The card's width in pixels. */
  width: number;
  /** The card is a form submitted with Enter (its fields are the children); omitted when a child form does that. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  formLabel?: string;
  children: ReactNode;
}

/** A screen before the app itself (first start, sign-in, a new password): one card in the middle of the window. */
export function EntryScreen({ title, intro, width, onSubmit, formLabel, children }: EntryScreenProps) {
  const body = (
    <Stack>
      <Title order={3}>{title}</Title>
      <Text size="sm" c="dimmed">
        {intro}
      </Text>
      {children}
    </Stack>
  );
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={width}>
        {onSubmit ? (
          <form onSubmit={onSubmit} noValidate aria-label={formLabel}>
            {body}
          </form>
        ) : (
          body
        )}
      </Paper>
    </Center>
  );
}
