/** The assessment's errors: Chinese, naming the field, saying what to do. */
import { AppError } from '../../../shared/app-error';
import type { RuleSetProblem } from '../../../shared/contract/standards';

export function unknownStandard(standardId: string, version?: string): AppError {
  const what = version === undefined ? `编号为 ${standardId} 的考核标准` : `考核标准 ${standardId} 的 ${version} 版`;
  return new AppError('NOT_FOUND', `没有${what}；请在“考核标准”中查看已有的标准，或先导入规则文件`, {
    fields: [{ path: version === undefined ? 'standardId' : 'version', message: `没有${what}` }],
  });
}

export function invalidDate(path: string, message: string): AppError {
  return AppError.invalid(message, [{ path, message }]);
}

/** A rule-set file that does not pass the schema: every problem with its field path. */
export function badRuleSet(fileName: string, problems: readonly RuleSetProblem[]): AppError {
  const shown = problems.slice(0, 20).map((p) => `${p.path}：${p.message}`);
  const more = problems.length > 20 ? `；……共 ${problems.length} 处` : '';
  return new AppError('INVALID_INPUT', `规则文件“${fileName}”有误，未导入：${shown.join('；')}${more}`, {
    fields: problems.map((p) => ({ path: p.path, message: p.message })),
  });
}
