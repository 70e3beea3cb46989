// Each dashboard figure's console link: the list page and that page's own address parameters (the
// names its use-*-params hook reads), so a click shows exactly the records the number counts. Shared:
// the server links the place's own figures; the console links each child's (a province's hundred
// children × thirty figures would be 240 kB of links on the wire, a third of the answer's time).
import type { FigureKey } from './api/dashboard';

/** The period a link carries: local days, and the year the yearly lists (proposals, duty) take. */
export type LinkPeriod = { from: string; to: string; year: number };

/** The period of a dashboard's answer (`period.from`, `period.to`) as its links read it. */
export const linkPeriodOf = (p: { from: string; to: string }): LinkPeriod => ({
  ...p,
  year: Number(p.to.slice(0, 4)),
});

type Params = Record<string, string | number | undefined>;

// a province's dashboard makes thousands of these (a hundred children, thirty figures each), so they
// are joined by hand rather than through URLSearchParams; a space is written + as there
const link = (path: string, params: Params) => {
  let q = '';
  for (const k in params) {
    const v = params[k];
    if (v === undefined) continue;
    q += `${q ? '&' : ''}${encodeURIComponent(k)}=${encodeURIComponent(String(v)).replace(/%20/g, '+')}`;
  }
  return `${path}?${q}`;
};

const inbox = (placeId: string | undefined, p: LinkPeriod, more: Params) =>
  link('/submissions', { placeId, from: p.from, to: p.to, ...more });
const outcomeList = (placeId: string | undefined, p: LinkPeriod, more: Params) =>
  link('/outcomes', { box: 'all', placeId, sentFrom: p.from, sentTo: p.to, ...more });
const proposalList = (placeId: string | undefined, p: LinkPeriod, more: Params) =>
  link('/proposals', { year: p.year, placeId, ...more });
// the places page lists a coverage figure within one place only
const placeList = (placeId: string | undefined, has: string, extra: Params) =>
  placeId ? link('/places', { within: placeId, has, ...extra }) : null;

/**
 * The list behind each figure of the place `placeId` (none: all of the viewer's reach, as the lists
 * show by default); `extra` narrows it to one part. (No closures made per call: a province's
 * dashboard calls this thousands of times.)
 */
export function figureLink(
  key: FigureKey,
  placeId: string | undefined,
  p: LinkPeriod,
  extra: Params = {},
): string | null {
  switch (key) {
    case 'places':
      return placeList(placeId, 'all', extra);
    case 'councils':
      return placeList(placeId, 'council', extra);
    case 'rooms':
      return placeList(placeId, 'room', extra);
    case 'fourHaves':
      return placeList(placeId, 'four_haves', extra);
    case 'workstations':
      return placeList(placeId, 'workstation', extra);
    case 'demonstrations':
      return placeList(placeId, 'demonstration', extra);
    case 'placesWithMembers':
      return placeList(placeId, 'members', extra);
    case 'members':
      return link('/members', { placeId, ...extra });
    case 'received':
      return inbox(placeId, p, extra);
    case 'sorted':
      return inbox(placeId, p, { sorted: 'true', ...extra });
    case 'solved':
      return inbox(placeId, p, { status: 'solved', ...extra });
    case 'overdue':
      return inbox(placeId, p, { overdue: 'true', ...extra });
    case 'satisfaction':
      return inbox(placeId, p, { rated: 'true', ...extra }); // the rated ones, whose average it is
    case 'topics':
      return link('/topics', { placeId, createdFrom: p.from, createdTo: p.to, ...extra });
    case 'consultations':
      return link('/consultations', { placeId, from: p.from, to: p.to, ...extra });
    case 'participants':
      return null; // 人次: people at many consultations; no list shows attendances across them
    case 'outcomesSent':
      return outcomeList(placeId, p, extra);
    case 'outcomesAnswered':
      return outcomeList(placeId, p, { reached: 'answered', ...extra });
    case 'outcomesAdopted':
      return outcomeList(placeId, p, { adopted: 'true', ...extra });
    case 'outcomesCarriedOut':
      return outcomeList(placeId, p, { reached: 'carried_out', ...extra });
    case 'outcomesEvaluated':
      return outcomeList(placeId, p, { evaluated: 'true', ...extra });
    case 'proposals':
      return proposalList(placeId, p, extra);
    case 'proposalReplyRate':
      return proposalList(placeId, p, { filter: 'replied', ...extra }); // the numerator's list; the denominator is `proposals`
    case 'proposalMeetingRate':
      return proposalList(placeId, p, { filter: 'met', ...extra });
    case 'proposalSatisfactionRate':
      return proposalList(placeId, p, { filter: 'satisfied', ...extra }); // of the rated ones (filter=rated)
    case 'dutyPoints':
    case 'membersGraded':
      // the ranking shows one region at a time: none shows all of a reach with several top places
      return placeId ? link('/duty', { year: p.year, placeId, ...extra }) : null;
  }
}
