import { describe, expect, it } from 'vitest';
import type { TrainingState } from '../../../shared/access/trainings';
import {
  checkInWindow,
  endsBeforeStart,
  fromTenths,
  materialMimeType,
  mayTick,
  toTenths,
  trainingState,
} from './rules';

// a session from 09:00 to 11:30 Beijing time on 10 November
const SESSION = { startsAt: new Date('2026-11-10T01:00:00Z'), endsAt: new Date('2026-11-10T03:30:00Z') };

describe('checkInWindow', () => {
  it('opens two hours before the start and closes at midnight (Beijing) of the day it ends', () => {
    expect(checkInWindow(SESSION)).toEqual({
      opensAt: new Date('2026-11-09T23:00:00Z'),
      closesAt: new Date('2026-11-10T16:00:00Z'),
    });
  });
  it('counts the day in the deployment’s calendar, not UTC’s', () => {
    const evening = { startsAt: new Date('2026-11-10T12:00:00Z'), endsAt: new Date('2026-11-10T15:30:00Z') }; // to 23:30
    expect(checkInWindow(evening).closesAt).toEqual(new Date('2026-11-10T16:00:00Z'));
    const late = { startsAt: new Date('2026-11-10T12:00:00Z'), endsAt: new Date('2026-11-10T16:30:00Z') }; // to 00:30
    expect(checkInWindow(late).closesAt).toEqual(new Date('2026-11-11T16:00:00Z'));
  });
  it('stays open over a session of several days', () => {
    const course = { startsAt: SESSION.startsAt, endsAt: new Date('2026-11-12T09:00:00Z') };
    expect(checkInWindow(course).closesAt).toEqual(new Date('2026-11-12T16:00:00Z'));
  });
});

describe('trainingState', () => {
  const table: [string, string, Date | null, TrainingState][] = [
    ['the day before', '2026-11-09T01:00:00Z', null, 'upcoming'],
    ['just before sign-in opens', '2026-11-09T22:59:59Z', null, 'upcoming'],
    ['as sign-in opens', '2026-11-09T23:00:00Z', null, 'open'],
    ['during the session', '2026-11-10T02:00:00Z', null, 'open'],
    ['that evening', '2026-11-10T15:59:59Z', null, 'open'],
    ['the next day', '2026-11-10T16:00:00Z', null, 'ended'],
    ['cancelled, whenever', '2026-11-10T02:00:00Z', new Date('2026-11-01T00:00:00Z'), 'cancelled'],
  ];
  it.each(table)('%s', (_, now, archivedAt, state) => {
    expect(trainingState({ ...SESSION, archivedAt }, new Date(now))).toBe(state);
  });

  it.each<[TrainingState, boolean]>([
    ['upcoming', false],
    ['open', true],
    ['ended', true],
    ['cancelled', false],
  ])('staff tick attendance when %s: %s', (state, may) => {
    expect(mayTick(state)).toBe(may);
  });
});

describe('hours and times', () => {
  it.each<[number, number]>([
    [1.5, 15],
    [2, 20],
    [0.5, 5],
    [0.3, 3],
  ])('%s credit hours are stored as %s tenths, and read back', (hours, tenths) => {
    expect(toTenths(hours)).toBe(tenths);
    expect(fromTenths(tenths)).toBe(hours);
  });
  it('needs the end after the start', () => {
    expect(endsBeforeStart(SESSION)).toBe(false);
    expect(endsBeforeStart({ startsAt: SESSION.startsAt, endsAt: SESSION.startsAt })).toBe(true);
    expect(endsBeforeStart({ startsAt: SESSION.endsAt, endsAt: SESSION.startsAt })).toBe(true);
  });
});

describe('materialMimeType', () => {
  const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const ZIP = [0x50, 0x4b, 0x03, 0x04];
  const table: [string, number[], string | null][] = [
    ['讲义.pdf', [0x25, 0x50, 0x44, 0x46, 0x2d], 'application/pdf'],
    ['课件.pptx', ZIP, 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['课件.PPT', OLE, 'application/vnd.ms-powerpoint'],
    ['签到表.xlsx', ZIP, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['合影.jpg', [0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    ['a PDF named .pptx', [0x25, 0x50, 0x44, 0x46], null],
    ['程序.exe', [0x4d, 0x5a], null],
    ['no extension', ZIP, null],
  ];
  it.each(table)('%s', (name, head, mime) => {
    expect(materialMimeType(name, Uint8Array.from(head))).toBe(mime);
  });
});
