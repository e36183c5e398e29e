import { Alert, Button, Divider, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { streetCodeProblem } from '../../../shared/domain/admin-codes';
import { APP_NAME } from '../../../shared/version';
import { call } from '../../lib/api';
import { useLoadDemo } from '../../components/demo/use-load-demo';
import { EntryScreen } from '../../components/EntryScreen';
import { JobProgress } from '../../components/JobProgress';
import { usePageForm } from '../../lib/use-page-form';

/** First start: the street's name and 9-digit code. */
export function SetupPage({ onDone }: { onDone(): void }) {
  const [name, setName] = useState('');
  const [code, setCode] = useState('');

  const { errors, failure, setFailure, busy: saving, submit } = usePageForm(
    () => {
      const local: Record<string, string> = {};
      if (!name.trim()) local.name = '请填写街道（乡镇）名称';
      const codeProblem = streetCodeProblem(code.trim());
      if (codeProblem) local.code = codeProblem;
      return local;
    },
    async () => {
      await call('system.setupStreet', { name: name.trim(), code: code.trim() });
      onDone();
    },
  );
  const { progress: demo, load: loadDemo } = useLoadDemo(onDone, setFailure);

  return (
    <EntryScreen title={`欢迎使用${APP_NAME}`} intro="首次使用，请填写本街道（乡镇）的名称和 9 位统计用区划代码。社区代码都以它开头。" width={460} onSubmit={submit}>
      <TextInput label="街道（乡镇）名称" placeholder="例如：解放路街道" required autoFocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
      <TextInput
        label="街道代码（9 位）"
        placeholder="例如：321102001"
        required
        inputMode="numeric"
        maxLength={9}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
        error={errors.code}
      />
      {failure && (
        <Alert color="red" title="未能保存">
          {failure}
        </Alert>
      )}
      <Button type="submit" loading={saving} disabled={demo !== 'idle'}>
        开始使用
      </Button>
      <Divider label="或者" />
      <Text size="sm" c="dimmed">
        先看看效果：载入一个虚构的演示街道（3 个社区、数百名居民，含零就业家庭、低保户、逾期指导等情形）。演示数据单独存放，不会混入本所数据；随时可“退出演示”回到这里。
      </Text>
      {demo !== 'idle' ? (
        <JobProgress title="正在载入演示数据" progress={demo} />
      ) : (
        <Button variant="light" onClick={() => void loadDemo()} disabled={saving}>
          载入演示数据
        </Button>
      )}
    </EntryScreen>
  );
}
