import { EntryScreen } from '../../components/EntryScreen';
import { ChangePasswordForm } from './ChangePasswordForm';

/** After the admin reset the password: a new one before anything else. */
export function ForcedPasswordPage({ onDone }: { onDone(): void }) {
  return (
    <EntryScreen title="请设置新密码" intro="街道管理员重置了您的密码。请输入管理员告诉您的临时密码，并设置只有您知道的新密码。" width={440}>
      <ChangePasswordForm onDone={onDone} />
    </EntryScreen>
  );
}
