import type { FastifyReply, FastifyRequest } from 'fastify';
import { namesFor } from '../text/script';
import { requestLocale } from './locale';

/**
 * Place and category names in the reader's script (桃园社区 → 桃園社區 in zh-TW) for a residents'
 * page; the answer differs by language, so a cache in between keeps one per language.
 */
export function readerNames(req: FastifyRequest, reply: FastifyReply): (name: string) => string {
  reply.header('vary', 'Accept-Language, Cookie');
  return namesFor(requestLocale(req));
}

/** An answer whose `placeName` is shown to residents, with the name in the reader's script. */
export function withReaderPlaceName<T extends { placeName: string }>(
  req: FastifyRequest,
  reply: FastifyReply,
  view: T,
): T {
  return { ...view, placeName: readerNames(req, reply)(view.placeName) };
}
