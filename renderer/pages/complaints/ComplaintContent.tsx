import { Text } from '@mantine/core';
import type { Complaint } from '../../../shared/contract/complaints';

/** What the complainant said, as written (line breaks kept): the head of the 认定 and 办结 dialogs. */
export function ComplaintContent({ complaint }: { complaint: Complaint }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {complaint.content}
    </Text>
  );
}
