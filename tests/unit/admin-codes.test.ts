import { describe, expect, it } from 'vitest';
import { communityCodeProblem, streetCodeProblem } from '../../shared/domain/admin-codes';

describe('street code (9 digits)', () => {
  it.each([
    ['321102001', null],
    ['110101001', null],
    ['32110200', '9 位'],
    ['3211020011', '9 位'],
    ['32110200a', '9 位'],
    ['991102001', '省级'],
    ['320000001', '县级'],
    ['321102000', '000'],
  ])('%s', (code, problem) => {
    const result = streetCodeProblem(code);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toContain(problem);
  });
});

describe('community code (12 digits)', () => {
  it.each([
    ['321102001001', '321102001', null],
    ['321102001001', null, null],
    ['32110200100', '321102001', '12 位'],
    ['321102002001', '321102001', '321102001 开头'],
    ['321102001000', '321102001', '000'],
  ])('%s in %s', (code, street, problem) => {
    const result = communityCodeProblem(code, street);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toContain(problem);
  });
});
