import { describe, expect, it } from 'vitest';
import { CONSULTATION_STATUSES, type ConsultationStatus } from '../../../shared/enums';
import {
  attendanceWindow,
  BUILT_IN_PROCEDURES,
  type ConsultationAction,
  fileMimeType,
  isAttendanceOpen,
  isRecordOpen,
  meetingOccurrences,
  nextConsultationStatus,
  procedureStepIssues,
  shanghaiDate,
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

describe('fixed meeting dates', () => {
  const table: [string, Parameters<typeof meetingOccurrences>, string[]][] = [
    [
      '逢十说事 from the 1st',
      ['tens', null, '2026-03-01'],
      ['2026-03-10', '2026-03-20', '2026-03-30', '2026-04-10', '2026-04-20', '2026-04-30'],
    ],
    [
      '逢十说事 counts today',
      ['tens', null, '2026-03-20'],
      ['2026-03-20', '2026-03-30', '2026-04-10', '2026-04-20', '2026-04-30', '2026-05-10'],
    ],
    [
      '逢十说事 in February (28 days): the 28th stands in for the 30th',
      ['tens', null, '2026-02-11'],
      ['2026-02-20', '2026-02-28', '2026-03-10', '2026-03-20', '2026-03-30', '2026-04-10'],
    ],
    [
      '逢十说事 in a leap February: the 29th',
      ['tens', null, '2028-02-21'],
      ['2028-02-29', '2028-03-10', '2028-03-20', '2028-03-30', '2028-04-10', '2028-04-20'],
    ],
    [
      '逢十说事 at a month end of 31 days: the 31st is no meeting day',
      ['tens', null, '2026-01-31'],
      ['2026-02-10', '2026-02-20', '2026-02-28', '2026-03-10', '2026-03-20', '2026-03-30'],
    ],
    [
      '逢十说事 across the year end',
      ['tens', null, '2026-12-25'],
      ['2026-12-30', '2027-01-10', '2027-01-20', '2027-01-30', '2027-02-10', '2027-02-20'],
    ],
    [
      '月月谈 on the 15th, today past it',
      ['monthly', 15, '2026-11-16'],
      ['2026-12-15', '2027-01-15', '2027-02-15', '2027-03-15', '2027-04-15', '2027-05-15'],
    ],
    [
      '月月谈 on the 28th, through February',
      ['monthly', 28, '2026-01-28'],
      ['2026-01-28', '2026-02-28', '2026-03-28', '2026-04-28', '2026-05-28', '2026-06-28'],
    ],
    ['月月谈 without a day', ['monthly', null, '2026-01-01'], []],
    ['no rule', ['none', null, '2026-01-01'], []],
  ];
  it.each(table)('%s', (_name, args, expected) => {
    expect(meetingOccurrences(...args)).toEqual(expected);
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

  it('ends the Shanghai day even when the meeting starts just after midnight UTC', () => {
    // 2026-03-10 07:30 in Shanghai is 2026-03-09 23:30 UTC
    const early = new Date('2026-03-09T23:30:00Z');
    expect(shanghaiDate(early)).toBe('2026-03-10');
    expect(attendanceWindow(early).closesAt.toISOString()).toBe('2026-03-10T16:00:00.000Z');
  });
});

describe('procedure steps', () => {
  const step = (name: string, isRequired = false) => ({ name, isRequired });
  const table: [string, ReturnType<typeof step>[], string[]][] = [
    ['one required step', [step('议事', true)], []],
    ['none', [], ['procedure_step_count']],
    ['thirteen', Array.from({ length: 13 }, (_, i) => step(`第${i + 1}步`, true)), ['procedure_step_count']],
    ['a blank name', [step('  ', true)], ['procedure_step_name_length']],
    ['a name of 31 characters', [step('长'.repeat(31), true)], ['procedure_step_name_length']],
    ['the same name twice', [step('说事', true), step(' 说事')], ['procedure_step_duplicate']],
    ['nothing required', [step('说事'), step('商事')], ['procedure_no_required_step']],
  ];
  it.each(table)('%s', (_name, steps, codes) => {
    expect(procedureStepIssues(steps).map((i) => i.code)).toEqual(codes);
  });

  it('holds for every built-in procedure', () => {
    for (const p of BUILT_IN_PROCEDURES) expect(procedureStepIssues(p.steps)).toEqual([]);
    expect(BUILT_IN_PROCEDURES.find((p) => p.key === 'four_step')?.steps.map((s) => s.name)).toEqual([
      '网格巡查听民意',
      '调查研究定议题',
      '民主协商议民事',
      '多方共治抓管理',
    ]);
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
