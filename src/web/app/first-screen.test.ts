import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/enums';
import { firstScreen } from './first-screen';

describe('firstScreen: where each role’s work begins', () => {
  const table: [Role[], string][] = [
    [['admin'], '/accounts'],
    [['cppcc'], '/members'],
    [['leader'], '/supervision'],
    [['liaison'], '/submissions'],
    [['member'], '/home'],
    [['department'], '/tasks'],
    [[], '/places'],
    // a working role comes before the administrator's pages
    [['admin', 'liaison'], '/submissions'],
    [['department', 'admin'], '/tasks'],
    // the office's roster before the leader's board, before the liaison's inbox, before one's own home
    [['liaison', 'cppcc'], '/members'],
    [['member', 'leader'], '/supervision'],
    [['member', 'liaison'], '/submissions'],
    [['department', 'member'], '/home'],
  ];
  it.each(table)('%j → %s', (roles, screen) => {
    expect(firstScreen(roles)).toBe(screen);
  });

  it('sends every role somewhere of its own', () => {
    const screens = ROLES.map((r) => firstScreen([r]));
    expect(new Set(screens).size).toBe(ROLES.length);
    expect(screens).not.toContain('/places');
  });
});
