import { DUTY_ROLES } from '../../../shared/access/duty';
import { DUTY_GRADES } from '../../../shared/enums';
import { reachOf } from '../../platform/auth/actor';
import { tallyDutyUnder } from '../duty';
import { bump, childOf, partsOf, type Section, type Values } from './section';

/**
 * 委员履职 of the period's year: the ledger points of the members homed in the place (or in all of
 * the viewer's reach) and how many fall in each grade, assessed as the duty ranking assesses them
 * (summed in the database: a few rows by child and grade, whatever the number of members).
 */
export const dutyFigures: Section = async (db, actor, place, period) => {
  const paths = place.id ? [place.path] : reachOf(actor, DUTY_ROLES.read);
  const rows = await tallyDutyUnder(db, paths, period.year, (path) => childOf(path, place));
  const children = new Map<string, Values>();
  const byGrade = new Map<string, number>();
  let tenths = 0;
  let members = 0;
  for (const r of rows) {
    tenths += r.tenths;
    members += r.members;
    bump(byGrade, r.grade, r.members);
    if (!r.key) continue;
    const row = children.get(r.key) ?? { dutyPoints: 0, membersGraded: 0 };
    children.set(r.key, {
      dutyPoints: Math.round((row.dutyPoints ?? 0) * 10 + r.tenths) / 10,
      membersGraded: (row.membersGraded ?? 0) + r.members,
    });
  }
  return {
    total: { dutyPoints: tenths / 10, membersGraded: members },
    breakdowns: [
      { figure: 'membersGraded', by: 'grade', parts: partsOf(DUTY_GRADES, byGrade, (grade) => ({ grade })) },
    ],
    children,
  };
};
