import { describe, expect, it } from 'vitest';
import { CONSULTATION_STATUSES, type ConsultationStatus } from '../../../shared/enums';
import { shanghaiDate } from '../../platform/calendar';
import {
  attendanceState,
  attendanceWindow,
  type ConsultationAction,
  concludeIssue,
  fileMimeType,
  isAttendanceOpen,
  isRecordOpen,
  nextConsultationStatus,
  timeIssue,
} from './rules';

describe('the consultation status machine', () => {
  const table: [ConsultationAction, ConsultationStatus, ConsultationStatus | null][] = [
    ['start', 'scheduled', 'in_progress'],
    ['start', 'in_progress', null],
    ['start', 'concluded', null],
    ['start', 'cancelled', null],
    ['conclude', 'scheduled', null],
    ['conclude', 'in_progress', 'concluded'],
    ['conclude', 'concluded', null],
    ['conclude', 'cancelled', null],
    ['cancel', 'scheduled', 'cancelled'],
    ['cancel', 'in_progress', 'cancelled'],
    ['cancel', 'concluded', null],
    ['cancel', 'cancelled', null],
  ];
  it.each(table)('%s from %s → %s', (action, from, to) => {
    expect(nextConsultationStatus(action, from)).toBe(to);
  });

  it('keeps the record open only while scheduled or in progress', () => {
    expect(CONSULTATION_STATUSES.filter(isRecordOpen)).toEqual(['scheduled', 'in_progress']);
  });
});

describe('concluding a meeting (its own steps, then consensus)', () => {
  const done = new Date('2026-03-10T15:00:00+08:00');
  type S = Parameters<typeof concludeIssue>[0][number];
  const step = (name: string, isRequired: boolean, phase: S['phase'], completedAt: Date | null = null): S => ({
    name,
    isRequired,
    phase,
    completedAt,
  });
  // 五步微协商 as built in: 成果转化 is required but held after the meeting
  const micro = (talked: Date | null) => [
    step('说事征题', false, 'meeting'),
    step('调研定题', true, 'meeting', done),
    step('议事协商', true, 'meeting', talked),
    step('成果转化', true, 'after'),
    step('评议反馈', false, 'after'),
  ];
  const table: [string, S[], number, ReturnType<typeof concludeIssue>][] = [
    ['every meeting step done, after-steps open, consensus', micro(done), 2, null],
    ['a required meeting step open', micro(null), 2, { code: 'consultation_steps_open', steps: ['议事协商'] }],
    ['no consensus yet', micro(done), 0, { code: 'consultation_no_consensus' }],
    [
      'open steps are named before the missing consensus, in order',
      [step('甲', true, 'meeting'), step('乙', false, 'meeting'), step('丙', true, 'meeting')],
      0,
      { code: 'consultation_steps_open', steps: ['甲', '丙'] },
    ],
    [
      'an optional meeting step may stay open',
      [step('甲', false, 'meeting'), step('乙', true, 'meeting', done)],
      1,
      null,
    ],
  ];
  it.each(table)('%s', (_name, steps, consensus, issue) => {
    expect(concludeIssue(steps, consensus)).toEqual(issue);
  });
});

describe('the sign-in window (Asia/Shanghai)', () => {
  const startsAt = new Date('2026-03-10T14:00:00+08:00');
  const at = (s: string) => new Date(s);
  const table: [string, ConsultationStatus, Date, boolean][] = [
    ['3 hours before', 'scheduled', at('2026-03-10T11:00:00+08:00'), false],
    ['exactly 2 hours before', 'scheduled', at('2026-03-10T12:00:00+08:00'), true],
    ['during', 'in_progress', at('2026-03-10T15:00:00+08:00'), true],
    ['late that evening', 'in_progress', at('2026-03-10T23:59:00+08:00'), true],
    ['the next day', 'in_progress', at('2026-03-11T00:00:00+08:00'), false],
    ['concluded', 'concluded', at('2026-03-10T15:00:00+08:00'), false],
    ['cancelled', 'cancelled', at('2026-03-10T15:00:00+08:00'), false],
  ];
  it.each(table)('%s (%s) → %s', (_name, status, now, open) => {
    expect(isAttendanceOpen({ status, startsAt }, now)).toBe(open);
  });

  it.each([
    ['3 hours before', 'scheduled', at('2026-03-10T11:00:00+08:00'), 'not_yet'],
    ['during', 'in_progress', at('2026-03-10T15:00:00+08:00'), 'open'],
    ['the next day (an online consultation still running)', 'in_progress', at('2026-03-11T09:00:00+08:00'), 'ended'],
    ['concluded', 'concluded', at('2026-03-10T15:00:00+08:00'), 'closed'],
  ] as const)('says where sign-in stands %s: %s → %s', (_name, status, now, state) => {
    expect(attendanceState({ status, startsAt }, now)).toBe(state);
  });

  it('ends the Shanghai day even when the meeting starts just after midnight UTC', () => {
    // 2026-03-10 07:30 in Shanghai is 2026-03-09 23:30 UTC
    const early = new Date('2026-03-09T23:30:00Z');
    expect(shanghaiDate(early)).toBe('2026-03-10');
    expect(attendanceWindow(early).closesAt.toISOString()).toBe('2026-03-10T16:00:00.000Z');
  });
});

describe('times and attachments', () => {
  const s = new Date('2026-03-10T14:00:00Z');
  const later = new Date('2026-03-12T14:00:00Z');
  it.each([
    ['online without an end', 'online', s, null, 'consultation_online_needs_end'],
    ['online ending before it starts', 'online', later, s, 'consultation_ends_before_start'],
    ['online ending as it starts', 'online', s, s, 'consultation_ends_before_start'],
    ['online, fine', 'online', s, later, null],
    ['a meeting without an end', 'meeting', s, null, null],
  ] as const)('%s', (_name, form, startsAt, endsAt, code) => {
    expect(timeIssue(form, startsAt, endsAt)?.code ?? null).toBe(code);
  });

  const bytes = (...b: number[]) => Uint8Array.from(b);
  it.each([
    ['纪要.pdf', bytes(0x25, 0x50, 0x44, 0x46, 0x2d), 'application/pdf'],
    ['现场.JPG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    ['签到.png', bytes(0x89, 0x50, 0x4e, 0x47), 'image/png'],
    [
      '方案.docx',
      bytes(0x50, 0x4b, 0x03, 0x04),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['旧表.xls', bytes(0xd0, 0xcf, 0x11, 0xe0), 'application/vnd.ms-excel'],
    ['a png named pdf.pdf', bytes(0x89, 0x50, 0x4e, 0x47), null],
    ['script.exe', bytes(0x4d, 0x5a), null],
    ['pdf', bytes(0x25, 0x50, 0x44, 0x46), null],
  ] as const)('%s → %s', (name, head, mime) => {
    expect(fileMimeType(name, head)).toBe(mime);
  });
});
