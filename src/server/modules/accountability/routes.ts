import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db';
import { readerNames } from '../../platform/http/reader-names';
import { take } from '../../platform/rate-limit';
import { loadBoard, loadBoardOutcomes } from './load-board';
import { BoardOutcomePage, BoardOutcomesQuery, BoardResponse, PlaceCodeParams } from './schemas';

/**
 * Reads of the board per address and minute: a phone paging through the outcomes stays far below,
 * and so does a village behind one carrier address; a scraper looping over place codes does not.
 */
export const BOARD_READ_LIMIT = { windowMs: 60_000, max: 120 } as const;

/** A public page: a minute old at most, kept by the phone and any shared cache in between. */
const CACHE_CONTROL = 'public, max-age=60';

/** The public accountability board (公开栏, /p/<place code>): no session, read-only, rate-limited. */
export async function publicBoardRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const open = { isPublic: true };

  r.get(
    '/api/public/places/:code/board',
    {
      schema: {
        tags,
        summary: 'A place’s public board: what its subtree collected, sorted, consulted and carried out',
        params: PlaceCodeParams,
        response: { 200: BoardResponse },
      },
      config: open,
    },
    async (req, reply) => {
      await take(db, reply, `board-ip:${req.ip}`, BOARD_READ_LIMIT);
      const board = await loadBoard(db, req.params.code, new Date());
      reply.header('cache-control', CACHE_CONTROL);
      const name = readerNames(req, reply);
      return { ...board, place: { ...board.place, name: name(board.place.name), path: board.place.path.map(name) } };
    },
  );

  r.get(
    '/api/public/places/:code/board/outcomes',
    {
      schema: {
        tags,
        summary: 'A page of the board’s outcomes (20), all or those being or already carried out',
        params: PlaceCodeParams,
        querystring: BoardOutcomesQuery,
        response: { 200: BoardOutcomePage },
      },
      config: open,
    },
    async (req, reply) => {
      await take(db, reply, `board-ip:${req.ip}`, BOARD_READ_LIMIT);
      const page = await loadBoardOutcomes(db, req.params.code, req.query.status, req.query.page);
      reply.header('cache-control', CACHE_CONTROL);
      return page;
    },
  );
}
