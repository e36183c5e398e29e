import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/notifications.css';
import 'dayjs/locale/zh-cn';
import { createTheme, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

dayjs.locale('zh-cn');

const theme = createTheme({
  primaryColor: 'red',
  fontFamily: '"Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif',
  defaultRadius: 'sm',
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <DatesProvider settings={{ locale: 'zh-cn', firstDayOfWeek: 1 }}>
          <Notifications position="bottom-right" autoClose={3000} classNames={{ root: 'desk-notifications' }} />
          <App />
        </DatesProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
