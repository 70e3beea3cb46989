import { BOARD_PAGE_SIZE, type BoardOutcomeFilter } from '../../../shared/api/accountability';
import type { DbOrTx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { yearOf } from './period';
import {
  boardOutcomes,
  carriedOutCounts,
  consultationCounts,
  findBoardPlace,
  recentConsensus,
  submissionCounts,
} from './queries';

/** The live place behind a board's code, or 404 (unknown and archived alike). */
async function boardPlace(db: DbOrTx, code: string) {
  const place = await findBoardPlace(db, code);
  if (!place) throw notFound();
  return place;
}

/** A place's public board: its counts this year and all time, the first outcomes, the latest consensus. */
export async function loadBoard(db: DbOrTx, code: string, now: Date) {
  const place = await boardPlace(db, code);
  const { year, start } = yearOf(now);
  const [s, c, o, outcomes, consensus] = await Promise.all([
    submissionCounts(db, place.path, start),
    consultationCounts(db, place.path, start),
    carriedOutCounts(db, place.path, start),
    boardOutcomes(db, place.path, 'all', 1, BOARD_PAGE_SIZE),
    recentConsensus(db, place.path),
  ]);
  return {
    place: { code: place.code, name: place.name, kind: place.kind, brand: place.brand, path: place.names },
    year,
    thisYear: {
      collected: s.collectedYear,
      sorted: s.sortedYear,
      topicsConsulted: c.topicsYear,
      consultations: c.consultationsYear,
      carriedOut: o.carriedOutYear,
      satisfaction: { mean: s.meanYear, rated: s.ratedYear },
    },
    allTime: {
      collected: s.collected,
      sorted: s.sorted,
      topicsConsulted: c.topics,
      consultations: c.consultations,
      carriedOut: o.carriedOut,
      satisfaction: { mean: s.mean, rated: s.rated },
    },
    outcomes,
    consensus,
  };
}

/** One page of a place's public outcomes under the board's filter (全部 / 落实中 / 已落实). */
export async function loadBoardOutcomes(db: DbOrTx, code: string, filter: BoardOutcomeFilter, page: number) {
  const place = await boardPlace(db, code);
  return boardOutcomes(db, place.path, filter, page, BOARD_PAGE_SIZE);
}
