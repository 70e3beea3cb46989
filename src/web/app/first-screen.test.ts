import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/enums';
import { firstScreen } from './first-screen';

describe('firstScreen: everyone with work lands on the workbench', () => {
  const table: [Role[], string][] = [
    [['admin'], '/accounts'],
    [['cppcc'], '/workbench'],
    [['leader'], '/workbench'],
    [['liaison'], '/workbench'],
    [['member'], '/workbench'],
    [['department'], '/workbench'],
    [[], '/places'],
    // a working role comes before the administrator's pages
    [['admin', 'liaison'], '/workbench'],
    [['department', 'admin'], '/workbench'],
    [['member', 'leader'], '/workbench'],
  ];
  it.each(table)('%j → %s', (roles, screen) => {
    expect(firstScreen(roles)).toBe(screen);
  });

  it('sends every working role to the workbench and the administrator alone to the accounts', () => {
    for (const role of ROLES) expect(firstScreen([role])).toBe(role === 'admin' ? '/accounts' : '/workbench');
  });
});
