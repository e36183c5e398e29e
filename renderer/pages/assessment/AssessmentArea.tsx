import { Alert, Anchor, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { todayIso } from '../../../shared/clock';
import { useHashRoute } from '../../app/use-hash-route';
import { useApiQuery } from '../../lib/use-api-query';
import { parseAssessmentPath, runPath } from './assessment-route';
import type { RunParams } from './assessment-route';
import { AreaHeader } from './AreaHeader';
import { ComparePage } from './ComparePage';
import { resolveRun } from './run-params';
import { RunView } from './RunView';
import { SavedList } from './SavedList';
import { SavedView } from './SavedView';
import { SlowProgress } from './SlowProgress';
import { TrendView } from './TrendView';

const DEFAULTS: RunParams = { standard: null, version: null, asOf: null, from: null };

/**
 * The parameters last looked at in this window: the navigation's plain `#/assessment` (Alt+4) comes back to them
 * rather than to the defaults, so that a clerk who went off to act on a person finds the same assessment.
 */
let remembered: RunParams | null = null;

function hasParams(params: RunParams): boolean {
  return Object.values(params).some((v) => v !== null);
}

/** Replaces the current address (a changed control), so that Back skips the intermediate values. */
function replaceHash(path: string): void {
  window.location.replace(`#${path}`);
}

/** 考核 (Alt+4): the results with their drill-down, the monthly trend, saved assessments and their comparison. */
export function AssessmentArea() {
  const [path, navigate] = useHashRoute();
  const place = parseAssessmentPath(path);
  const standards = useApiQuery('standards.list', {});
  const today = todayIso();
  const bare = path === '/assessment';
  useEffect(() => {
    if (bare && remembered) replaceHash(runPath(remembered));
  }, [bare]);
  if ('params' in place && hasParams(place.params)) remembered = place.params;
  if (bare && remembered) return null;

  if (place.view === 'invalid') {
    return (
      <Stack>
        <Alert color="red">{place.message}</Alert>
        <Anchor href={`#${runPath(DEFAULTS)}`}>打开考核结果</Anchor>
      </Stack>
    );
  }
  if (place.view === 'saved' || place.view === 'savedItem') {
    return <SavedView key={place.id} id={place.id} focus={place.view === 'savedItem' ? { unit: place.unit, itemId: place.itemId } : null} />;
  }
  if (place.view === 'compare') return <ComparePage a={place.a} b={place.b} />;
  if (place.view === 'history') {
    return (
      <Stack>
        <AreaHeader active="history" params={place.params} navigate={navigate} />
        <SavedList navigate={navigate} />
      </Stack>
    );
  }

  if (standards.error) return <Alert color="red">{standards.error.message}</Alert>;
  if (!standards.data) return <SlowProgress busy={standards.loading} title="正在读取考核标准…" />;
  const resolved = resolveRun(place.params, standards.data, today);
  if (!resolved) {
    return (
      <Stack>
        <Alert color="red">没有编号为 {place.params.standard ?? ''} 的考核标准，可能已被替换。</Alert>
        <Anchor href={`#${runPath(DEFAULTS)}`}>按默认标准考核</Anchor>
      </Stack>
    );
  }
  if (place.view === 'trend') {
    return (
      <Stack>
        <AreaHeader active="trend" params={place.params} navigate={navigate} />
        <TrendView resolved={resolved} communityId={place.communityId} today={today} replace={replaceHash} />
      </Stack>
    );
  }
  return (
    <RunView
      resolved={resolved}
      standards={standards.data}
      focus={place.view === 'item' ? { unit: place.unit, itemId: place.itemId } : null}
      today={today}
      navigate={navigate}
      replace={replaceHash}
    />
  );
}
