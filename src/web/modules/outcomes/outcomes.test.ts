import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { opensOnReceived } from './roles';
import { retitle } from './title-rules';

const names = { recommendation: '建议案', special_report: '专项报告', agreement: '协议' } as Record<string, string>;
const defaultTitle = (topic: string, type: string) => `关于${topic}的${names[type] ?? type}`;

describe('retitle', () => {
  it.each([
    ['关于停车难的建议案', 'special_report', '关于停车难的专项报告'], // still the default: follows the type
    ['', 'agreement', '关于停车难的协议'],
    ['停车问题调研报告', 'special_report', '停车问题调研报告'], // written by someone: kept
  ] as const)('%s → %s', (title, type, expected) => {
    expect(retitle(title, '停车难', type, defaultTitle)).toBe(expected);
  });
});

describe('opensOnReceived', () => {
  const me = (...roles: Me['grants'][number]['role'][]): Me => ({
    id: 'a',
    username: 'a',
    displayName: 'a',
    locale: null,
    mustChangePassword: false,
    email: null,
    emailNotices: 'each',
    isEmailConfigured: false,
    grants: roles.map((role, i) => ({
      id: `g${i}`,
      role,
      place: { id: 'p', name: 'p' } as Me['grants'][number]['place'],
    })),
  });
  it.each([
    [['leader'], true],
    [['department'], true],
    [['leader', 'department'], true],
    [['liaison'], false],
    [['member'], false],
    [['leader', 'liaison'], false],
  ] as const)('%j → %s', (roles, received) => {
    expect(opensOnReceived(me(...roles))).toBe(received);
  });
  it('waits for the signed-in person', () => {
    expect(opensOnReceived(undefined)).toBe(false);
  });
});
