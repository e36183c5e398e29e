import { Alert, Badge, Button, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useLocalStorage } from '@mantine/hooks';
import { useState } from 'react';
import { todayIso } from '../../../shared/clock';
import { formatChineseDate } from '../../../shared/domain/dates';
import { isLedgerKind, LEDGER_KINDS, LEDGER_TITLE } from '../../../shared/domain/ledgers/kinds';
import type { LedgerKind } from '../../../shared/domain/ledgers/kinds';
import { DateField } from '../../components/DateField';
import { useApiQuery } from '../../lib/use-api-query';
import { ColumnChooser } from './ColumnChooser';
import { LedgerActions } from './LedgerActions';
import { LedgerTable } from './LedgerTable';
import { useLedgerPages } from './use-ledger-pages';
import type { LedgerRequest } from './use-ledger-pages';

const STREET = 'street';

/**
 * 台账: the ten basic ledgers of seed 001, 双下岗双失业家庭 and 就业困难人员花名册, as of a date, for one community or
 * the whole street — a virtualised table with filters, sort, the office's own columns and the totals; 打印 opens the
 * print view, 导出 Excel writes the same layout.
 */
export function LedgersPage() {
  const today = todayIso();
  const [storedKind, setStoredKind] = useLocalStorage<string>({ key: 'desk.ledgers.kind', defaultValue: 'labour-resources', getInitialValueInEffect: false });
  const kind: LedgerKind = isLedgerKind(storedKind) ? storedKind : 'labour-resources';
  const [scope, setScope] = useLocalStorage<string>({ key: 'desk.ledgers.community', defaultValue: STREET, getInitialValueInEffect: false });
  const [asOf, setAsOf] = useState(today);
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 300);
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [sort, setSort] = useState<LedgerRequest['sort']>(null);
  const [layoutVersion, setLayoutVersion] = useState(0);
  const [choosing, setChoosing] = useState(false);
  const communities = useApiQuery('communities.list', {});
  const communityList = communities.data ?? [];
  const communityId = scope === STREET ? null : (communityList.find((c) => String(c.id) === scope)?.id ?? null);

  const request: LedgerRequest = { kind, asOf, communityId, query, filters, sort };
  const pages = useLedgerPages(request, layoutVersion);
  const head = pages.head?.kind === kind ? pages.head : null;
  const visible = head?.columns.filter((c) => !c.hidden) ?? [];
  const changeKind = (value: string | null) => {
    if (!value) return;
    setStoredKind(value);
    setFilters({});
    setSort(null);
  };
  const onSort = (key: string) => {
    setSort((s) => (s?.key !== key ? { key, descending: false } : s.descending ? null : { key, descending: true }));
  };
  const filtered = query !== '' || Object.keys(filters).length > 0;
  const baseName = `${LEDGER_TITLE[kind]}-${head?.scope.name ?? ''}-${asOf.replace(/-/g, '')}`;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={3}>台账</Title>
          <Text size="sm" c="dimmed">
            “一户一卡、一居一帐、一街一册”：按截至日期生成，可筛选、排序、设置列，打印或导出 Excel。
          </Text>
        </Stack>
        <Group align="flex-end">
          <Select
            label="台账"
            w={290}
            allowDeselect={false}
            data={LEDGER_KINDS.map((k) => ({ value: k, label: LEDGER_TITLE[k] }))}
            value={kind}
            onChange={changeKind}
            comboboxProps={{ withinPortal: true }}
            maxDropdownHeight={420}
          />
          <DateField label="截至日期" value={asOf} onChange={(v) => setAsOf(v ?? today)} />
          <Select
            label="范围"
            w={190}
            searchable
            allowDeselect={false}
            data={[{ value: STREET, label: '全街道' }, ...communityList.map((c) => ({ value: String(c.id), label: c.name }))]}
            value={communityId === null ? STREET : String(communityId)}
            onChange={(v) => v && setScope(v)}
            nothingFoundMessage="没有这个社区"
          />
        </Group>
      </Group>
      {head && (
        <Text size="sm" c="dimmed">
          {head.rule}
          {head.period && ['training', 'services', 'policies', 'vacancies'].includes(kind) && `（统计期间 ${formatChineseDate(head.period.from)}至${formatChineseDate(head.period.to)}）`}
        </Text>
      )}
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="xs">
          <TextInput w={220} label="查找" aria-label="在台账中查找" placeholder="姓名、地址、身份证号等" value={text} onChange={(e) => setText(e.currentTarget.value)} />
          {(head?.facets ?? []).map((f) => (
            <Select
              key={f.key}
              label={f.label}
              w={130}
              clearable
              placeholder="全部"
              data={f.values}
              value={filters[f.key] ?? null}
              onChange={(v) =>
                setFilters((old) => {
                  const next = { ...old };
                  if (v) next[f.key] = v;
                  else delete next[f.key];
                  return next;
                })
              }
            />
          ))}
          {filtered && (
            <Button
              variant="subtle"
              onClick={() => {
                setText('');
                setFilters({});
              }}
            >
              清除筛选
            </Button>
          )}
        </Group>
        <Group gap="xs" align="flex-end">
          <Button variant="default" onClick={() => setChoosing(true)} disabled={!head}>
            列设置
          </Button>
          <LedgerActions request={request} title={LEDGER_TITLE[kind]} baseName={baseName} disabled={!head} />
        </Group>
      </Group>
      {pages.error && <Alert color="red">{pages.error}</Alert>}
      {head && (
        <Group gap="xs">
          <Text size="sm" fw={500} aria-live="polite" data-testid="ledger-count">
            {head.title}（{head.scope.name}，截至{formatChineseDate(head.asOf)}）：{filtered ? `筛选出 ${head.total.toLocaleString('zh-CN')} ${head.unit}，共 ` : '共 '}
            {head.ledgerTotal.toLocaleString('zh-CN')} {head.unit}
          </Text>
          {head.sections.map((s) => (
            <Badge key={s.key} variant="light">
              {s.label} {s.count}
            </Badge>
          ))}
          {communityId === null && head.communities.length > 0 && (
            <Text size="xs" c="dimmed">
              {head.communities.length} 个社区{head.communities.some((c) => c.communityId === null) ? '（含未分配）' : ''}
            </Text>
          )}
          {pages.loading && <Loader size="xs" aria-label="正在载入" />}
        </Group>
      )}
      {!head && !pages.error && (
        <Group gap="xs" role="status">
          <Loader size="sm" />
          <Text size="sm">正在生成台账…</Text>
        </Group>
      )}
      {head && head.total === 0 && !pages.loading && (
        <Text c="dimmed" ta="center" py="lg" data-testid="ledger-empty">
          {filtered ? '没有符合筛选条件的记录。' : `截至${formatChineseDate(head.asOf)}，${head.scope.name}没有符合本台账条件的记录。`}
        </Text>
      )}
      {head && head.total > 0 && (
        <LedgerTable
          key={`${kind}|${asOf}|${scope}|${query}|${JSON.stringify(filters)}|${JSON.stringify(sort)}|${layoutVersion}`}
          title={head.title}
          columns={visible}
          total={head.total}
          rows={pages.rows}
          ensure={pages.ensure}
          sort={sort}
          onSort={onSort}
          totalsLabel={`合计：${head.total.toLocaleString('zh-CN')} ${head.unit}`}
          totals={head.totals}
        />
      )}
      {head && choosing && (
        <ColumnChooser onClose={() => setChoosing(false)} kind={kind} title={head.title} columns={head.columns} onSaved={() => setLayoutVersion((v) => v + 1)} />
      )}
    </Stack>
  );
}
