import { describe, expect, it } from 'vitest';
import type { Translate } from '../i18n';
import {
  asAttendKind,
  attendanceWindow,
  attendFieldErrors,
  emptyAttendDraft,
  toAttendRequest,
  validateAttend,
} from './validate';

const t: Translate = (key) => key;
const draft = (patch: Partial<typeof emptyAttendDraft>) => ({ ...emptyAttendDraft, name: '李阿姨', ...patch });

describe('validateAttend', () => {
  it.each([
    ['a name', {}, {}],
    ['no name', { name: '   ' }, { name: 'attendNameRequired' }],
    ['a long name', { name: '名'.repeat(31) }, { name: 'attendNameTooLong' }],
    ['a long affiliation', { affiliation: '单'.repeat(61) }, { affiliation: 'attendAffiliationTooLong' }],
  ])('%s', (_, patch, expected) => {
    expect(validateAttend(draft(patch), t)).toEqual(expected);
  });
});

describe('toAttendRequest', () => {
  it('trims and leaves out empty optional fields', () => {
    expect(toAttendRequest(draft({ name: ' 李阿姨 ', affiliation: '  ' }))).toEqual({ name: '李阿姨' });
    expect(toAttendRequest(draft({ affiliation: ' 3 号楼 ', kind: 'stakeholder' }))).toEqual({
      name: '李阿姨',
      affiliation: '3 号楼',
      kind: 'stakeholder',
    });
  });

  it('accepts only the kinds a resident may choose', () => {
    expect(asAttendKind('expert')).toBe('expert');
    expect(asAttendKind('staff')).toBe('');
    expect(asAttendKind('')).toBe('');
  });
});

describe('attendFieldErrors', () => {
  it('maps the server’s fields to the form’s, first message wins', () => {
    expect(
      attendFieldErrors([
        { path: 'name', message: 'a' },
        { path: 'name', message: 'b' },
        { path: 'kind', message: 'c' },
        { path: '(body)', message: 'd' },
      ]),
    ).toEqual({ name: 'a', kind: 'c' });
  });
});

describe('attendanceWindow', () => {
  const startsAt = '2026-05-10T06:00:00.000Z'; // 14:00 in Shanghai
  const at = (iso: string) => new Date(iso);
  it.each([
    ['open when the server says so', { status: 'in_progress', isOpen: true }, '2026-05-10T06:30:00Z', 'open'],
    ['not yet, more than 2 hours before', { status: 'scheduled', isOpen: false }, '2026-05-10T03:59:00Z', 'not_yet'],
    ['closed after the day', { status: 'in_progress', isOpen: false }, '2026-05-10T16:30:00Z', 'closed'],
    ['cancelled', { status: 'cancelled', isOpen: false }, '2026-05-10T06:30:00Z', 'cancelled'],
    ['concluded', { status: 'concluded', isOpen: false }, '2026-05-10T06:30:00Z', 'concluded'],
  ])('%s', (_, a, now, expected) => {
    expect(attendanceWindow({ ...a, startsAt }, at(now))).toBe(expected);
  });
});
