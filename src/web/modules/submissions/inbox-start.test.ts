import { describe, expect, it } from 'vitest';
import type { Me } from '../auth/types';
import { inboxStart } from './inbox-start';

const person = (...roles: string[]) => ({ id: 'a', grants: roles.map((role) => ({ role })) }) as unknown as Me;

describe('inboxStart', () => {
  it.each([
    ['a liaison with nothing remembered starts on 待分办', person('liaison'), null, 'status=received'],
    ['a liaison who was also a member starts on 待分办', person('member', 'liaison'), null, 'status=received'],
    ['a leader starts on everything', person('leader'), null, ''],
    ['全部, chosen last, is remembered', person('liaison'), '', ''],
    ['the last filters win', person('liaison'), 'status=community&placeId=x', 'status=community&placeId=x'],
  ])('%s', (_, me, remembered, start) => {
    expect(inboxStart(me, remembered)).toBe(start);
  });
});
