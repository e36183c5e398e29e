import { Alert, Anchor, Badge, Button, Checkbox, Group, Modal, NumberInput, Paper, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { todayIso } from '../../../shared/clock';
import { call } from '../../lib/api';
import { saveProduced } from '../../lib/save-produced';
import { messageOf } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { AnnualDiffView } from './AnnualDiffView';
import { dateTimeText } from './exchange-format';
import { dateText } from '../../../shared/domain/date-text';
import { standardLabel } from '../../../shared/domain/standards/standard-label';

const VERDICT: Record<string, string> = { pass: '达标', fail: '不达标', incomplete: '待评定' };
const XLSX = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/**
 * 年度上报: freeze a year's assessment (a saved run of the year, the communities recommended as excellent), then its
 * workbook and package, and the year against the one before.
 */
export function AnnualPanel({ onFrozen }: { onFrozen(): void }) {
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [tick, setTick] = useState(0);
  const status = useApiQuery('annual.status', { year }, String(tick));
  const [picked, setPicked] = useState<string | null>(null);
  const [recommended, setRecommended] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [showDiff, setShowDiff] = useState(false);
  const s = status.data;
  const passing = picked && s ? (s.passing[picked] ?? []) : [];

  useEffect(() => {
    setPicked(s?.candidates[0] ? String(s.candidates[0].id) : null);
    setRecommended([]);
    setShowDiff(false);
  }, [s]);

  async function freeze() {
    if (!picked) return;
    setBusy(true);
    setFailure(null);
    try {
      await call('annual.freeze', { year, assessmentId: Number(picked), recommended, ...(note.trim() ? { note: note.trim() } : {}) });
      notifications.show({ color: 'green', message: `${year} 年度考核已冻结，可以导出年度上报` });
      setConfirming(false);
      setTick((t) => t + 1);
      onFrozen();
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  async function workbook() {
    await saveProduced(
      { title: '保存年度上报工作簿', defaultName: `年度上报-${year}.xlsx`, filters: XLSX },
      (file) => call('annual.workbook', { year, file }),
      (result) => `已保存“${result.fileName}”`,
    );
  }

  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>年度上报</Title>
          <NumberInput label="年度" w={120} min={2000} max={2100} value={year} onChange={(v) => setYear(Number(v) || thisYear)} />
        </Group>
        <Text size="sm" c="dimmed">
          每年 12 月：选定本年度保存的考核结果和推荐为优秀的社区，冻结后生成上报包（加密）和工作簿。冻结后，该年度的人工评定和考核结果都不能再修改。
        </Text>
        {status.error && <Alert color="red">{status.error.message}</Alert>}
        {s?.frozen && (
          <Stack>
            <Alert color="green" title={`${s.year} 年度考核已冻结上报`}>
              <Stack gap={2}>
                <Text size="sm">
                  {standardLabel(s.frozen.standard.name, s.frozen.standard.version)}，截止 {dateText(s.frozen.asOf)}：社区达标 {s.frozen.communities.pass}、不达标 {s.frozen.communities.fail}、待评定 {s.frozen.communities.incomplete}
                </Text>
                <Text size="sm">推荐为优秀：{s.frozen.recommended.map((r) => r.name).join('、') || '无'}</Text>
                <Text size="sm">
                  冻结：{s.frozen.frozenBy}，{dateTimeText(s.frozen.frozenAt)}
                  {s.frozen.note ? `；${s.frozen.note}` : ''}
                </Text>
                <Anchor size="sm" href={`#/assessment/saved/${s.frozen.assessmentId}`}>
                  查看冻结的考核结果
                </Anchor>
              </Stack>
            </Alert>
            <Group>
              <Button component="a" href="#/exchange/export">
                导出上报包…
              </Button>
              <Button variant="light" onClick={workbook}>
                下载年度上报工作簿
              </Button>
              <Button variant="default" onClick={() => setShowDiff((v) => !v)}>
                {showDiff ? '收起对比' : `与 ${s.year - 1} 年度对比`}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              上报包在“导出”中生成（类型“年度上报”、年度 {s.year}，设置口令），交上级人社部门，口令另行告知。
            </Text>
            {showDiff && <AnnualDiffView year={s.year} />}
          </Stack>
        )}
        {s && !s.frozen && s.candidates.length === 0 && (
          <Alert color="yellow" title={`${s.year} 年度还没有保存的考核结果`}>
            请先在 <Anchor href="#/assessment">考核</Anchor> 中按截止日计算并“保存本次考核”，再回到这里冻结上报。
          </Alert>
        )}
        {s && !s.frozen && s.candidates.length > 0 && (
          <Stack>
            <Radio.Group label="上报哪一次考核结果" value={picked} onChange={(v) => {
              setPicked(v);
              setRecommended([]);
            }}>
              <Table withTableBorder fz="sm" mt="xs" aria-label="可冻结的考核结果">
                <Table.Tbody>
                  {s.candidates.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td w={40}>
                        <Radio value={String(c.id)} aria-label={`选择 ${dateTimeText(c.savedAt)} 保存的考核结果`} />
                      </Table.Td>
                      <Table.Td>{dateTimeText(c.savedAt)} 保存</Table.Td>
                      <Table.Td>{c.standard.name}</Table.Td>
                      <Table.Td>截止 {dateText(c.asOf)}</Table.Td>
                      <Table.Td>
                        街道 <Badge size="sm">{VERDICT[c.verdict] ?? c.verdict}</Badge>
                      </Table.Td>
                      <Table.Td>
                        社区达标 {c.communities.pass} / 不达标 {c.communities.fail} / 待评定 {c.communities.incomplete}
                      </Table.Td>
                      <Table.Td>{c.note ?? ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Radio.Group>
            <Checkbox.Group label="推荐为优秀的社区（只能从达标社区中选）" value={recommended} onChange={setRecommended}>
              <Group mt="xs">
                {passing.length === 0 && (
                  <Text size="sm" c="dimmed">
                    所选考核中没有达标的社区。
                  </Text>
                )}
                {passing.map((p) => (
                  <Checkbox key={p.code} value={p.code} label={`${p.name}（${p.code}）`} />
                ))}
              </Group>
            </Checkbox.Group>
            <Textarea label="说明" placeholder="如：经街道办事处审定" autosize minRows={1} maw={640} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <Group>
              <Button color="red" onClick={() => setConfirming(true)} disabled={!picked}>
                冻结 {s.year} 年度考核…
              </Button>
            </Group>
          </Stack>
        )}
        {confirming && (
          <Modal opened onClose={() => setConfirming(false)} title={`冻结 ${year} 年度考核`}>
            <Stack>
              <Text size="sm">
                冻结后，{year} 年度的人工评定不能再录入或修改，也不能再保存该年度的考核结果；上报包和工作簿都以冻结的结果为准。此操作不能撤销。
              </Text>
              {failure && <Alert color="red">{failure}</Alert>}
              <Group justify="flex-end">
                <Button variant="default" data-autofocus onClick={() => setConfirming(false)}>
                  取消
                </Button>
                <Button color="red" loading={busy} onClick={freeze}>
                  确认冻结
                </Button>
              </Group>
            </Stack>
          </Modal>
        )}
      </Stack>
    </Paper>
  );
}
