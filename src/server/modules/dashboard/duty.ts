import { DUTY_ROLES } from '../../../shared/access/duty';
import { DUTY_GRADES } from '../../../shared/enums';
import { reachOf } from '../../platform/auth/actor';
import { assessDutyUnder } from '../duty';
import { bump, partsOf, type Section, type Values } from './section';

const UUID_LENGTH = 36;

/**
 * 委员履职 of the period's year: the ledger points of the members homed in the place (or in all of
 * the viewer's reach) and how many fall in each grade, assessed as the duty ranking assesses them.
 */
export const dutyFigures: Section = async (db, actor, place, period) => {
  const paths = place.id ? [place.path] : reachOf(actor, DUTY_ROLES.read);
  const assessments = await assessDutyUnder(db, paths, period.year);
  const children = new Map<string, Values>();
  const byGrade = new Map<string, number>();
  let tenths = 0;
  for (const a of assessments) {
    tenths += a.total;
    bump(byGrade, a.grade, 1);
    const path = a.member.placePath;
    if (path.length <= place.path.length) continue;
    const child = path.slice(0, place.path.length + UUID_LENGTH + 1);
    const row = children.get(child) ?? { dutyPoints: 0, membersGraded: 0 };
    children.set(child, {
      dutyPoints: Math.round((row.dutyPoints ?? 0) * 10 + a.total) / 10,
      membersGraded: (row.membersGraded ?? 0) + 1,
    });
  }
  return {
    total: { dutyPoints: tenths / 10, membersGraded: assessments.length },
    breakdowns: [
      { figure: 'membersGraded', by: 'grade', parts: partsOf(DUTY_GRADES, byGrade, (grade) => ({ grade })) },
    ],
    children,
  };
};
