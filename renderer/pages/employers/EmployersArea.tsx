import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { idParam, matchPattern } from '../../app/route-match';
import { useHashRoute } from '../../app/use-hash-route';
import { EmployerListPage } from './EmployerListPage';
import { EmployerPage } from './EmployerPage';
import { VacancyPage } from './VacancyPage';

function withId(params: Record<string, string> | null, page: (id: number) => ReactNode): ReactNode {
  const id = params ? idParam(params) : null;
  return id === null ? <Alert color="red">地址中的编号无效</Alert> : page(id);
}

/** 用工单位: the list (`#/employers`), an employer (`#/employers/12`) and a vacancy (`#/employers/vacancy/34`). */
export function EmployersArea() {
  const [path] = useHashRoute();
  const vacancy = matchPattern('/employers/vacancy/:id', path);
  if (vacancy) return withId(vacancy, (id) => <VacancyPage key={id} id={id} />);
  const employer = matchPattern('/employers/:id', path);
  if (employer) return withId(employer, (id) => <EmployerPage key={id} id={id} />);
  return <EmployerListPage />;
}
