import { describe, expect, it } from 'vitest';
import type { Translate } from '../i18n';
import { parseRoute } from '../router';
import { emptyDraft, serverFieldErrors, toRequest, validateDraft } from './validate';

const t: Translate = (key) => key;
const draft = (patch: Partial<typeof emptyDraft>) => ({ ...emptyDraft, content: '路灯坏了三周', ...patch });

describe('validateDraft', () => {
  it.each([
    ['a short content', { content: ' 路灯 ' }, { content: 'contentTooShort' }],
    ['a long content', { content: '字'.repeat(1001) }, { content: 'contentTooLong' }],
    ['a wrong phone', { phone: '1234', consent: true }, { phone: 'phoneInvalid' }],
    ['a phone without consent', { phone: '13800138000' }, { consent: 'consentRequired' }],
    ['a name without consent', { contactName: '陈' }, { consent: 'consentRequired' }],
    ['a spaced phone with consent', { phone: '138 0013-8000', consent: true }, {}],
    ['no contact at all', {}, {}],
  ])('%s', (_, patch, expected) => {
    expect(validateDraft(draft(patch), t)).toEqual(expected);
  });
});

describe('toRequest', () => {
  it('leaves out empty optional fields and sends consent only with contact details', () => {
    expect(toRequest(draft({ consent: true }), [])).toEqual({ content: '路灯坏了三周', photoIds: [] });
    expect(toRequest(draft({ phone: '138 0013 8000', consent: true, placeId: 'g1' }), ['p1'])).toEqual({
      content: '路灯坏了三周',
      placeId: 'g1',
      phone: '13800138000',
      consent: true,
      photoIds: ['p1'],
    });
  });

  it('sends the member written to (委员会客厅) only when one is chosen', () => {
    expect(toRequest(draft({ addressedMemberId: 'm1' }), [])).toEqual({
      content: '路灯坏了三周',
      addressedMemberId: 'm1',
      photoIds: [],
    });
    expect(serverFieldErrors([{ path: 'addressedMemberId', message: 'x' }])).toEqual({ addressedMemberId: 'x' });
  });
});

describe('serverFieldErrors', () => {
  it('maps the server’s field paths to the form’s fields, first message wins', () => {
    expect(
      serverFieldErrors([
        { path: 'phone', message: 'a' },
        { path: 'phone', message: 'b' },
        { path: 'photoIds.1', message: 'c' },
        { path: '(body)', message: 'd' },
      ]),
    ).toEqual({ phone: 'a', photoIds: 'c' });
  });
});

describe('parseRoute', () => {
  it.each([
    ['/s/dh-ty', { page: 'submit', code: 'dh-ty' }],
    ['/t/3JDXZDC7WSRK/', { page: 'status', code: '3JDXZDC7WSRK' }],
    ['/p/dh-nl', { page: 'board', code: 'dh-nl' }],
    ['/s/', { page: 'none' }],
    ['/x/dh-ty', { page: 'none' }],
  ])('%s', (path, expected) => {
    expect(parseRoute(path)).toEqual(expected);
  });
});
