import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import { APP_NAME } from '../../../shared/version';
import { useApiQuery } from '../../lib/use-api-query';
import { bytesText, dateTimeText, entityLabel, kindLabel, partyText, shaGroups } from './exchange-format';
import './receipt.css';

/** 交接回执: what was handed over — the package, its hashes and every data file — to print and sign. */
export function ReceiptPage({ id }: { id: number }) {
  const receipt = useApiQuery('packages.receipt', { id });
  useEffect(() => {
    document.body.classList.add('printing-receipt');
    return () => document.body.classList.remove('printing-receipt');
  }, []);
  useHotkeys([['mod+P', () => window.print()]]);
  const r = receipt.data;
  return (
    <Stack>
      <Group className="no-print">
        <Anchor href="#/exchange/history">← 返回交换记录</Anchor>
        <Button onClick={() => window.print()} disabled={!r}>
          打印回执
        </Button>
      </Group>
      {receipt.loading && !r && <Loader aria-label="正在载入" />}
      {receipt.error && <Alert color="red">{receipt.error.message}</Alert>}
      {r && (
        <div className="receipt-sheet" aria-label="交接回执">
          <h2 style={{ textAlign: 'center', margin: '0 0 4px' }}>交换包交接回执</h2>
          <Text ta="center" size="sm" mb="md">
            {r.street.name}（{r.street.code}） · 回执编号 {r.entry.id}
          </Text>
          <table>
            <tbody>
              <tr>
                <th style={{ width: 150 }}>类型</th>
                <td>{kindLabel(r.manifest.kind)}</td>
              </tr>
              <tr>
                <th>期间</th>
                <td>{r.manifest.period ? `${r.manifest.period.from} 至 ${r.manifest.period.to}` : '（不适用）'}</td>
              </tr>
              <tr>
                <th>发出方</th>
                <td>
                  {r.manifest.issuer.name ?? ''}（{r.manifest.issuer.code}）
                </td>
              </tr>
              <tr>
                <th>接收方</th>
                <td>{r.manifest.recipient.name ? `${r.manifest.recipient.name}（${r.manifest.recipient.code}）` : partyText(r.manifest.recipient.code)}</td>
              </tr>
              <tr>
                <th>文件</th>
                <td>
                  {r.entry.fileName}，{bytesText(r.entry.fileBytes)}
                </td>
              </tr>
              <tr>
                <th>加密</th>
                <td>{r.entry.sealed ? '是（AES-256-GCM，口令另行告知，不写在本回执上）' : '否'}</td>
              </tr>
              <tr>
                <th>文件 SHA-256</th>
                <td className="sha">{shaGroups(r.entry.sha256)}</td>
              </tr>
              {r.entry.contentSha256 && r.entry.contentSha256 !== r.entry.sha256 && (
                <tr>
                  <th>内容 SHA-256</th>
                  <td className="sha">{shaGroups(r.entry.contentSha256)}</td>
                </tr>
              )}
              <tr>
                <th>包编号</th>
                <td className="sha">{r.manifest.packageId}</td>
              </tr>
              <tr>
                <th>生成</th>
                <td>
                  {dateTimeText(r.manifest.createdAt)}，{r.entry.createdBy}，{r.manifest.generator.name || APP_NAME} {r.manifest.generator.version}
                </td>
              </tr>
            </tbody>
          </table>
          <h4 style={{ margin: '16px 0 6px' }}>数据文件</h4>
          <table aria-label="数据文件">
            <thead>
              <tr>
                <th>文件</th>
                <th>内容</th>
                <th style={{ textAlign: 'right', whiteSpace: 'nowrap', width: 64 }}>条数</th>
                <th>SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {r.manifest.files.map((f) => (
                <tr key={f.path}>
                  <td className="sha">{f.path}</td>
                  <td>{entityLabel(f.entity)}</td>
                  <td style={{ textAlign: 'right' }}>{f.rows.toLocaleString('zh-CN')}</td>
                  <td className="sha">{f.sha256}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Text size="sm" mt="md">
            接收方导入时，程序显示的文件 SHA-256 应与本回执一致；不一致说明文件在传递中被改动或损坏，请勿导入。
          </Text>
          <div className="receipt-signatures">
            <span>交件人（签字）：__________ 日期：__________</span>
            <span>接收人（签字）：__________ 日期：__________</span>
          </div>
        </div>
      )}
    </Stack>
  );
}
