import { Alert, Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { AssessmentRun } from '../../../shared/contract/assessment';
import { ITEM_COLOR, ITEM_LABEL, ITEM_MARK, OVERALL_COLOR, OVERALL_LABEL, scoreText, shortName, standardLabel, starsText } from './assessment-format';
import { CommunityCard } from './CommunityCard';
import type { ItemLink } from './CommunityCard';
import { dateText, periodText } from '../../../shared/domain/date-text';

function Figure({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} c={color}>
        {value}
      </Text>
    </Stack>
  );
}

/** The street's verdict, score and stars, how many communities pass, and its own items (when the standard has any). */
function StreetCard({ run, linkFor }: { run: AssessmentRun; linkFor: ItemLink }) {
  const { street } = run;
  const counts = { pass: 0, fail: 0, incomplete: 0 };
  for (const unit of run.communities) counts[unit.verdict] += 1;
  const stars = starsText(street.stars);
  const score = scoreText(street.score, street.maxScore);
  return (
    <Card component="section" aria-label="街道汇总" withBorder padding="md" style={{ borderLeft: `6px solid var(--mantine-color-${OVERALL_COLOR[street.verdict]}-6)` }}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={4}>{street.name}</Title>
            <Badge color={OVERALL_COLOR[street.verdict]} size="xl" variant="filled">
              {OVERALL_LABEL[street.verdict]}
            </Badge>
            {run.standard.example && (
              <Badge color="orange" variant="light">
                示例标准
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {standardLabel(run.standard.name, run.standard.version)} · 截止 {dateText(run.asOf)} · 考核期间 {periodText(run.period.from, run.period.to)}
          </Text>
        </Stack>
        <Group gap="xl">
          <Figure label="达标社区" value={`${counts.pass}`} color="green.8" />
          <Figure label="不达标社区" value={`${counts.fail}`} color="red.8" />
          <Figure label="待评定社区" value={`${counts.incomplete}`} color="yellow.8" />
          {score && <Figure label="街道得分" value={score} />}
          {stars && <Figure label={`${street.starName ?? '星级'}${run.standard.example ? '（示例）' : ''}`} value={stars} color="yellow.8" />}
        </Group>
      </Group>
      {street.reasons.length > 0 && (
        <List size="sm" mt="sm" spacing={2} aria-label="街道结论的理由">
          {street.reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
      )}
      {street.items.length > 0 && (
        <Group gap={6} mt="sm">
          <Text size="xs" c="dimmed">
            街道各考核项：
          </Text>
          {street.items.map((item) => (
            <Anchor key={item.id} href={`#${linkFor(street, item)}`} size="xs" c={`${ITEM_COLOR[item.verdict]}.8`} aria-label={`街道：${shortName(item)}（${ITEM_LABEL[item.verdict]}）`}>
              {ITEM_MARK[item.verdict]} {shortName(item)}
            </Anchor>
          ))}
        </Group>
      )}
    </Card>
  );
}

/** The street summary, the run's warnings (calendar coverage…) and a card per community. */
export function RunResult({ run, linkFor }: { run: AssessmentRun; linkFor: ItemLink }) {
  return (
    <Stack>
      {run.warnings.map((warning) => (
        <Alert key={warning} color="yellow" title="请注意">
          {warning}
        </Alert>
      ))}
      <StreetCard run={run} linkFor={linkFor} />
      {run.communities.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          还没有社区。请先在“社区”中添加社区并登记居民。
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm" role="region" aria-label="各社区考核结果">
          {run.communities.map((unit) => (
            <CommunityCard key={unit.code} unit={unit} linkFor={linkFor} example={run.standard.example} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
