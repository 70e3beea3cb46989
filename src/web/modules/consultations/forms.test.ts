import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fileProblem } from '../../lib/files';
import { fromCouncil, toCouncilInput } from './council-form';
import { kindForRoles, toInviteInput } from './invite-form';
import { toDissentInput, toOpinionInput } from './record-forms';
import { attendanceCounts, FILE_ACCEPT, isRecordOpen, MAX_FILE_BYTES } from './record-rules';
import { atDay, isSchedulable, needsEnd, toScheduleInput, toUpdateInput } from './schedule-form';
import type { Council } from './types';

describe('toScheduleInput', () => {
  const base = {
    topicId: 't1',
    placeId: 'p1',
    form: 'meeting' as const,
    title: '  加装电梯怎么分摊  ',
    startsAt: dayjs('2026-05-10 09:30'),
  };

  it('trims, sends ISO instants and leaves out what was left empty', () => {
    expect(toScheduleInput({ ...base, venue: '  ', preStudy: '', procedureId: null, endsAt: null })).toEqual({
      topicId: 't1',
      placeId: 'p1',
      form: 'meeting',
      title: '加装电梯怎么分摊',
      startsAt: '2026-05-10T01:30:00.000Z',
    });
  });

  it('keeps what was filled in', () => {
    const input = toScheduleInput({
      ...base,
      form: 'online',
      venue: ' 桃园社区议事室 ',
      endsAt: dayjs('2026-05-17 18:00'),
      preStudy: '走访 30 户',
      procedureId: 'pr1',
    });
    expect(input).toMatchObject({
      venue: '桃园社区议事室',
      endsAt: '2026-05-17T10:00:00.000Z',
      preStudy: '走访 30 户',
      procedureId: 'pr1',
    });
  });
});

describe('toUpdateInput', () => {
  it('sends cleared optional fields as null', () => {
    expect(
      toUpdateInput({
        title: ' 议题 ',
        venue: '',
        startsAt: dayjs('2026-05-10 09:30'),
        endsAt: null,
        summary: ' ',
      }),
    ).toEqual({
      title: '议题',
      venue: null,
      startsAt: '2026-05-10T01:30:00.000Z',
      endsAt: null,
      summary: null,
      groupId: null,
    });
  });

  it('sends the organising committee chosen', () => {
    const values = { title: '议题', startsAt: dayjs('2026-05-10 09:30'), groupId: 'g1' };
    expect(toUpdateInput(values).groupId).toBe('g1');
  });
});

describe('schedule rules', () => {
  it('asks an online consultation for its closing time', () => {
    expect(needsEnd('online')).toBe(true);
    expect(needsEnd('meeting')).toBe(false);
    expect(needsEnd(undefined)).toBe(false);
  });

  it('puts a fixed meeting day at the chosen time, else at nine', () => {
    const day = dayjs('2026-06-20');
    expect(atDay(day, undefined).format('YYYY-MM-DD HH:mm')).toBe('2026-06-20 09:00');
    expect(atDay(day, dayjs('2026-05-01 14:30')).format('YYYY-MM-DD HH:mm')).toBe('2026-06-20 14:30');
  });

  it.each([
    ['accepted', 'minor', true],
    ['in_consultation', 'major', true],
    ['concluded', 'minor', true],
    ['proposed', 'urgent', true], // 急事快议
    ['proposed', 'major', false],
    ['rejected', 'urgent', false],
    ['withdrawn', 'minor', false],
  ] as const)('a %s %s topic may be scheduled: %s', (status, urgency, expected) => {
    expect(isSchedulable({ status, urgency })).toBe(expected);
  });
});

describe('invite form', () => {
  it.each([
    [[{ role: 'member' }], 'member'],
    [[{ role: 'department' }, { role: 'member' }], 'official'],
    [[{ role: 'liaison' }], 'staff'],
    [[{ role: 'cppcc' }], 'staff'],
    [[], 'member'],
  ] as const)('roles %j suggest %s', (roles, kind) => {
    expect(kindForRoles(roles)).toBe(kind);
  });

  it('invites an account by id, a person by name', () => {
    expect(toInviteInput({ mode: 'account', accountId: 'a1', name: '不用', affiliation: ' ', kind: 'member' })).toEqual(
      {
        accountId: 'a1',
        kind: 'member',
      },
    );
    expect(toInviteInput({ mode: 'person', name: ' 王工 ', affiliation: ' 市建筑设计院 ', kind: 'expert' })).toEqual({
      name: '王工',
      affiliation: '市建筑设计院',
      kind: 'expert',
    });
  });
});

describe('record forms', () => {
  const participants = [
    { id: 'p1', name: '张委员' },
    { id: 'p2', name: '李阿姨' },
  ];

  it('links an opinion to the participant of that name, else keeps the name alone', () => {
    expect(toOpinionInput({ speakerName: ' 李阿姨 ', stance: 'support', text: ' 同意 ' }, participants)).toEqual({
      speakerName: '李阿姨',
      stance: 'support',
      text: '同意',
      participantId: 'p2',
    });
    expect(toOpinionInput({ speakerName: '路过的居民', stance: 'oppose', text: '不同意' }, participants)).toEqual({
      speakerName: '路过的居民',
      stance: 'oppose',
      text: '不同意',
    });
  });

  it('keeps a dissent against an item only when one is chosen', () => {
    expect(toDissentInput({ holderName: ' 赵 ', text: ' 保留 ', consensusItemId: undefined })).toEqual({
      holderName: '赵',
      text: '保留',
    });
    expect(toDissentInput({ holderName: '赵', text: '保留', consensusItemId: 'c2' })).toMatchObject({
      consensusItemId: 'c2',
    });
  });
});

describe('record rules', () => {
  it('counts who came against who was invited; walk-ins count as come', () => {
    expect(
      attendanceCounts([
        { isInvited: true, attendedAt: '2026-05-10T01:00:00Z' },
        { isInvited: true, attendedAt: null },
        { isInvited: false, attendedAt: '2026-05-10T01:05:00Z' },
      ]),
    ).toEqual({ attended: 2, invited: 2 });
  });

  it.each([
    ['scheduled', true],
    ['in_progress', true],
    ['concluded', false],
    ['cancelled', false],
  ] as const)('the record of a %s consultation is open: %s', (status, expected) => {
    expect(isRecordOpen(status)).toBe(expected);
  });

  it.each([
    [{ name: '纪要.PDF', size: 1000 }, null],
    [{ name: 'photo.jpeg', size: 5 * 1024 * 1024 }, null],
    [{ name: 'photo.png', size: 5 * 1024 * 1024 + 1 }, 'size'],
    [{ name: 'run.exe', size: 10 }, 'type'],
  ] as const)('%j → %s', (file, expected) => {
    expect(fileProblem(file, FILE_ACCEPT, MAX_FILE_BYTES)).toBe(expected);
  });
});

describe('council form', () => {
  const council: Council = {
    place: { id: 'p1', name: '桃园社区', kind: 'community', hasCouncil: true },
    procedure: null,
    meetingRule: 'tens',
    monthlyDay: null,
    defaultVenue: null,
    occurrences: ['2026-05-10'],
    abilities: { edit: true },
  };

  it('round-trips, dropping the day unless the rule is 月月谈', () => {
    expect(toCouncilInput(fromCouncil(council))).toEqual({
      procedureId: null,
      meetingRule: 'tens',
      monthlyDay: null,
      defaultVenue: null,
    });
    expect(toCouncilInput({ meetingRule: 'tens', monthlyDay: 15, defaultVenue: ' 议事室 ', procedureId: 'x' })).toEqual(
      {
        procedureId: 'x',
        meetingRule: 'tens',
        monthlyDay: null,
        defaultVenue: '议事室',
      },
    );
    expect(toCouncilInput({ meetingRule: 'monthly', monthlyDay: 15 })).toMatchObject({ monthlyDay: 15 });
  });
});
