// Each figure's console link: the list page and that page's own address parameters (the names its
// use-*-params hook reads), so a click shows exactly the records the number counts.
import type { FigureKey } from '../../../shared/api/dashboard';
import type { Period } from './period';

type Params = Record<string, string | number | undefined>;

const link = (path: string, params: Params) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  return `${path}?${q}`;
};

/**
 * The list behind each figure of the place `placeId` (none: all of the viewer's reach, as the lists
 * show by default); `extra` narrows it to one part.
 */
export function figureLink(key: FigureKey, placeId: string | undefined, p: Period, extra: Params = {}): string | null {
  const inbox = (more: Params) => link('/submissions', { placeId, from: p.from, to: p.to, ...more, ...extra });
  const outcomes = (more: Params) =>
    link('/outcomes', { box: 'all', placeId, sentFrom: p.from, sentTo: p.to, ...more, ...extra });
  const proposals = (filter?: string) => link('/proposals', { year: p.year, placeId, filter, ...extra });
  // the places page lists a coverage figure within one place only
  const places = (has: string) => (placeId ? link('/places', { within: placeId, has, ...extra }) : null);
  switch (key) {
    case 'places':
      return places('all');
    case 'councils':
      return places('council');
    case 'rooms':
      return places('room');
    case 'fourHaves':
      return places('four_haves');
    case 'workstations':
      return places('workstation');
    case 'demonstrations':
      return places('demonstration');
    case 'placesWithMembers':
      return places('members');
    case 'members':
      return link('/members', { placeId, ...extra });
    case 'received':
      return inbox({});
    case 'sorted':
      return inbox({ sorted: 'true' });
    case 'solved':
      return inbox({ status: 'solved' });
    case 'overdue':
      return inbox({ overdue: 'true' });
    case 'satisfaction':
      return inbox({ rated: 'true' }); // the rated ones, whose average it is
    case 'topics':
      return link('/topics', { placeId, createdFrom: p.from, createdTo: p.to, ...extra });
    case 'consultations':
      return link('/consultations', { placeId, from: p.from, to: p.to, ...extra });
    case 'participants':
      return null; // 人次: people at many consultations; no list shows attendances across them
    case 'outcomesSent':
      return outcomes({});
    case 'outcomesAnswered':
      return outcomes({ reached: 'answered' });
    case 'outcomesAdopted':
      return outcomes({ adopted: 'true' });
    case 'outcomesCarriedOut':
      return outcomes({ reached: 'carried_out' });
    case 'outcomesEvaluated':
      return outcomes({ evaluated: 'true' });
    case 'proposals':
      return proposals();
    case 'proposalReplyRate':
      return proposals('replied'); // the numerator's list; the denominator is `proposals`
    case 'proposalMeetingRate':
      return proposals('met');
    case 'proposalSatisfactionRate':
      return proposals('satisfied'); // of the rated ones (filter=rated)
    case 'dutyPoints':
    case 'membersGraded':
      // the ranking shows one region at a time: none shows all of a reach with several top places
      return placeId ? link('/duty', { year: p.year, placeId, ...extra }) : null;
  }
}
