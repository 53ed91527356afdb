import { mayWithdrawConflict, validateConflictDeclaration } from './conflict.rules';

const reviewer = { rolesOfPerson: ['expert_reviewer'] as const, personIsAuthor: false, mayPin: false };

describe('validateConflictDeclaration', () => {
  test.each([
    ['a reviewer, personal, with a reason', { userId: 'u1', type: 'personal', reason: 'Sibling' }, reviewer, []],
    ['nobody chosen', { userId: ' ', type: 'personal', reason: 'x' }, reviewer, ['userId']],
    ['an author', { userId: 'u1', type: 'personal', reason: 'x' }, { ...reviewer, personIsAuthor: true }, ['userId']],
    ['someone without a committee role', { userId: 'u1', type: 'other', reason: 'x' }, { ...reviewer, rolesOfPerson: ['author'] as const }, ['userId']],
    ['an unknown type', { userId: 'u1', type: 'rival', reason: 'x' }, reviewer, ['type']],
    ['administrative by an author', { userId: 'u1', type: 'administrative', reason: 'x' }, reviewer, ['type']],
    ['administrative by a chair', { userId: 'u1', type: 'administrative', reason: 'x' }, { ...reviewer, mayPin: true }, []],
    ['no reason', { userId: 'u1', type: 'institutional', reason: '   ' }, reviewer, ['reason']],
    ['a reason too long', { userId: 'u1', type: 'institutional', reason: 'x'.repeat(501) }, reviewer, ['reason']],
    ['everything wrong', { userId: null, type: 3, reason: null }, reviewer, ['userId', 'type', 'reason']],
  ])('%s', (_what, input, context, paths) => {
    expect(validateConflictDeclaration(input, { ...context, rolesOfPerson: [...context.rolesOfPerson] }).map((e) => e.path)).toEqual(paths);
  });
});

describe('mayWithdrawConflict', () => {
  test.each([
    ['administrative', { mayDeclare: true, mayPin: false }, false],
    ['administrative', { mayDeclare: true, mayPin: true }, true],
    ['personal', { mayDeclare: true, mayPin: false }, true],
    ['personal', { mayDeclare: false, mayPin: false }, false],
  ] as const)('%s with %j: %s', (type, rights, expected) => {
    expect(mayWithdrawConflict(type, rights)).toBe(expected);
  });
});
