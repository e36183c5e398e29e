import { Alert, Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ResolvedIdLine } from '../../../../shared/contract/registry';
import { call } from '../../../lib/api';
import { messageOf } from '../../../lib/field-errors';
import type { Attendee } from './attendees';

const MAX_LINES = 2000;

interface Problem {
  line: number;
  text: string;
  reason: string;
}

interface Props {
  /** Adds the resolved persons; returns how many were already listed. */
  onAdd(attendees: Attendee[]): number;
  /** Lines that keep the entry from being saved: problems not yet fixed or removed, or text not yet checked. */
  onBlocking(message: string | null): void;
}

function lineCount(text: string): number {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '').length;
}

/**
 * 粘贴身份证号码: one a line (a column copied from a sign-in sheet). 核对 resolves every line; the persons found join
 * the list, and each line that names nobody who can be served stays listed with its number and reason until it is
 * corrected and checked again, or removed.
 */
export function PasteIdsPanel({ onAdd, onBlocking }: Props) {
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const unchecked = text.trim() !== '' && text !== checked;

  useEffect(() => {
    if (problems.length > 0) onBlocking(`粘贴的第 ${problems.map((p) => p.line).join('、')} 行有问题：请改正后重新核对，或删除这些行`);
    else if (unchecked) onBlocking('粘贴框中还有未核对的身份证号码：请点“核对并加入名单”，或清空粘贴框');
    else onBlocking(null);
  }, [problems, unchecked, onBlocking]);

  async function check() {
    const lines = text.split(/\r?\n/);
    if (lineCount(text) === 0) {
      setFailure('请先粘贴身份证号码，每行一个');
      return;
    }
    if (lines.length > MAX_LINES) {
      setFailure(`一次最多核对 ${MAX_LINES} 行，现在有 ${lines.length} 行；请分批粘贴`);
      return;
    }
    setChecking(true);
    setFailure(null);
    try {
      const resolved = await call('persons.resolveIdNumbers', { idNumbers: lines });
      apply(resolved);
      setChecked(text);
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setChecking(false);
    }
  }

  function apply(resolved: ResolvedIdLine[]) {
    const found = resolved.flatMap((r) =>
      r.status === 'ok' && r.personId !== null
        ? [{ personId: r.personId, name: r.name ?? '', maskedIdNumber: r.maskedIdNumber ?? '', communityName: r.communityName ?? '', source: `粘贴第 ${r.line} 行` }]
        : [],
    );
    const already = onAdd(found);
    const repeats = resolved.filter((r) => r.status === 'duplicate').length;
    const bad = resolved.flatMap((r) => (r.status === 'ok' || r.status === 'duplicate' ? [] : [{ line: r.line, text: r.text, reason: r.reason ?? '无法识别' }]));
    setProblems(bad);
    const parts = [`加入名单 ${found.length - already} 人`];
    if (already > 0) parts.push(`${already} 人已在名单中`);
    if (repeats > 0) parts.push(`${repeats} 行与前面的行重复，已跳过`);
    if (bad.length > 0) parts.push(`${bad.length} 行有问题（见下）`);
    setSummary(`核对了 ${resolved.length} 行：${parts.join('，')}。`);
    if (bad.length === 0) {
      setText('');
      setChecked(null);
    }
  }

  /** Removes a line from the pasted text; the lines after it move up one. */
  function removeLine(line: number) {
    const lines = text.split(/\r?\n/);
    lines.splice(line - 1, 1);
    const rest = problems.filter((p) => p.line !== line).map((p) => (p.line > line ? { ...p, line: p.line - 1 } : p));
    setProblems(rest);
    if (rest.length === 0) setSummary('已删除有问题的行；其余各行的人员都已在名单中。');
    // With no problem left, every remaining line is already on the list.
    const next = rest.length === 0 ? '' : lines.join('\n');
    setText(next);
    setChecked(rest.length === 0 ? null : next);
  }

  return (
    <Stack gap="xs">
      <Textarea
        label="粘贴身份证号码"
        description="每行一个，可直接从签到表复制一列；行中带姓名或序号也可"
        autosize
        minRows={4}
        maxRows={10}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={failure}
      />
      <Group>
        <Button variant="light" onClick={check} loading={checking} disabled={text.trim() === ''}>
          核对并加入名单
        </Button>
        {text !== '' && (
          <Button
            variant="subtle"
            color="gray"
            onClick={() => {
              setText('');
              setChecked(null);
              setProblems([]);
              setFailure(null);
            }}
          >
            清空粘贴框
          </Button>
        )}
        {unchecked && problems.length === 0 && (
          <Text size="sm" c="orange">
            粘贴框中的内容尚未核对（{lineCount(text)} 行）
          </Text>
        )}
      </Group>
      {summary && (
        <Text size="sm" c="dimmed" role="status">
          {summary}
        </Text>
      )}
      {problems.length > 0 && (
        <Alert color="red" title={`${problems.length} 行不能登记`}>
          <Table aria-label="有问题的行" withRowBorders={false} verticalSpacing={2}>
            <Table.Tbody>
              {problems.map((p) => (
                <Table.Tr key={p.line}>
                  <Table.Td w={70}>第 {p.line} 行</Table.Td>
                  <Table.Td ff="monospace">{p.text}</Table.Td>
                  <Table.Td>{p.reason}</Table.Td>
                  <Table.Td w={90}>
                    <Button size="compact-xs" variant="subtle" color="red" disabled={unchecked} onClick={() => removeLine(p.line)}>
                      删除此行
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" mt={4}>
            {unchecked
              ? '粘贴框已修改，行号可能已变：请点“核对并加入名单”重新核对。'
              : '改正粘贴框中的这些行后再点“核对并加入名单”（已在名单中的人不会重复加入），或删除这些行。'}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
