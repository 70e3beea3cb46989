import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pickLocale } from '../../../shared/error-messages';
import { CreateAccountBody } from '../../modules/accounts/schemas';
import { AppError } from '../errors';
import { appErrorBody, redact, zodIssueToField } from './error-handler';

describe('zodIssueToField', () => {
  it.each([
    ['a short string', '/name', 'too_small', { origin: 'string', minimum: 2 }, undefined, 'too_short'],
    ['a long string', '/name', 'too_big', { origin: 'string', maximum: 40 }, undefined, 'too_long'],
    ['a small number', '/pageSize', 'too_small', { origin: 'number', minimum: 1 }, undefined, 'too_small_number'],
    ['a big number', '/pageSize', 'too_big', { origin: 'number', maximum: 100 }, undefined, 'too_big_number'],
    [
      'a missing value',
      '/username',
      'invalid_type',
      { expected: 'string', input: undefined },
      'Invalid input',
      'required',
    ],
    [
      'a value of the wrong type',
      '/isDisabled',
      'invalid_type',
      { expected: 'boolean', input: 'yes' },
      'x',
      'invalid_type',
    ],
    ['a custom message key', '/password', 'custom', {}, 'password_common', 'password_common'],
    [
      'a regex with a message key',
      '/username',
      'invalid_format',
      { format: 'regex' },
      'username_format',
      'username_format',
    ],
    ['a known zod code', '/kind', 'invalid_value', { values: ['a'] }, 'Invalid option', 'invalid_value'],
    ['an unknown code', '/x', 'not_multiple_of', { divisor: 3 }, 'Invalid number', 'invalid'],
  ])('maps %s', (_, path, code, params, custom, key) => {
    expect(zodIssueToField(path, code, params, custom).key).toBe(key);
  });

  it('keeps the limits as message parameters', () => {
    expect(zodIssueToField('/name', 'too_small', { origin: 'string', minimum: 2 })).toEqual({
      path: 'name',
      key: 'too_short',
      params: { origin: 'string', minimum: 2 },
    });
  });

  it('turns pointer paths into dotted ones, and names the body itself', () => {
    expect(zodIssueToField('/room/address', 'too_big', { origin: 'string', maximum: 200 }).path).toBe('room.address');
    expect(zodIssueToField('', 'invalid_type', { input: undefined }).path).toBe('(body)');
  });
});

describe('zodIssueToField on real zod issues', () => {
  // the same shape fastify-type-provider-zod hands the error handler
  const fieldsOf = (schema: z.ZodType, input: unknown) => {
    const result = schema.safeParse(input);
    return (result.error?.issues ?? []).map(({ path, code, message, ...params }) =>
      zodIssueToField(`/${path.join('/')}`, code, params, message),
    );
  };

  it('names a weak password and a badly formed username by their own message keys', () => {
    const fields = fieldsOf(CreateAccountBody, {
      username: 'a b',
      displayName: '',
      password: 'short',
      homePlaceId: '00000000-0000-4000-8000-000000000000',
    });
    expect(Object.fromEntries(fields.map((f) => [f.path, f.key]))).toEqual({
      username: 'username_format',
      displayName: 'blank',
      password: 'password_too_short',
    });
  });

  it('calls a missing field required', () => {
    expect(fieldsOf(z.object({ isDisabled: z.boolean() }), {})).toMatchObject([
      { path: 'isDisabled', key: 'required' },
    ]);
  });

  it('does not call a present value of the wrong type "required"', () => {
    // zod 4 leaves `input` out of issues unless asked, so every invalid_type looks like a missing value
    expect(fieldsOf(z.object({ isDisabled: z.boolean() }), { isDisabled: 'yes' })).toMatchObject([
      { path: 'isDisabled', key: 'invalid_type' },
    ]);
  });
});

describe('appErrorBody', () => {
  it('formats the message and each field in the caller’s language', () => {
    const err = new AppError(400, 'invalid_input', {}, [{ path: 'name', key: 'too_short', params: { minimum: 2 } }]);
    expect(appErrorBody(err, 'zh-CN')).toEqual({
      code: 'invalid_input',
      message: '输入有误，请检查标出的字段',
      fields: [{ path: 'name', message: '至少 2 个字符' }],
    });
    expect(appErrorBody(err, 'en').fields).toEqual([{ path: 'name', message: 'At least 2 characters' }]);
  });

  it('fills parameters, picking the language out of localised ones, and carries extras', () => {
    const locked = new AppError(423, 'account_locked', { minutes: 15 });
    expect(appErrorBody(locked, 'zh-TW').message).toBe(
      '從目前網路位址登入該帳號已暫停 15 分鐘，請稍後再試或聯絡管理員',
    );
    const kinds = new AppError(
      400,
      'place_kind_not_allowed',
      {
        child: { 'zh-CN': '网格', 'zh-TW': '網格', en: 'grid' },
        parent: { 'zh-CN': '乡镇', 'zh-TW': '鄉鎮', en: 'township' },
      },
      [],
      { field: 'kind' },
    );
    expect(appErrorBody(kinds, 'en')).toEqual({
      code: 'place_kind_not_allowed',
      message: 'A grid cannot be placed under a township',
      field: 'kind',
    });
  });
});

describe('pickLocale', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['en-GB,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['fr-FR,zh-TW;q=0.8', 'zh-TW'],
    ['fr-FR,de;q=0.8', 'zh-CN'],
  ])('%j → %s', (header, locale) => {
    expect(pickLocale(header)).toBe(locale);
  });
});

describe('redact', () => {
  it.each([
    [
      'a failed query: the statement stays, its parameters go',
      'Failed query: insert into "submissions" ("content", "contact_name") values ($1, $2)\nparams: 井盖丢了,张三',
      'Failed query: insert into "submissions" ("content", "contact_name") values ($1, $2)',
    ],
    [
      'a literal inlined into a statement',
      'Failed query: select * from "places" where "name" = \'王家村\'',
      'Failed query: select * from "places" where "name" = ‹redacted›',
    ],
    [
      'a value PostgreSQL quotes back',
      'invalid input syntax for type integer: "张三丰"',
      'invalid input syntax for type integer: ‹redacted›',
    ],
    [
      'a message without values',
      "Cannot read properties of undefined (reading 'id')",
      'Cannot read properties of undefined (reading ‹redacted›)',
    ],
  ])('%s', (_, message, expected) => {
    expect(redact(message)).toBe(expected);
  });
});
