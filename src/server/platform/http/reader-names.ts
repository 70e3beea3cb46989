import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PLACE_KINDS } from '../../../shared/enums';
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

/** Keys whose object (or each object of the list) is a place: its `name` is a place name. */
const PLACE_KEYS = new Set(['place', 'homePlace', 'councilPlace', 'places', 'subPlaces', 'breadcrumb']);
/** Keys that hold place names as text: one name, a path of names, or a path written out. */
const NAME_KEYS = new Set(['placeName', 'placePath', 'trail']);
const KINDS: ReadonlySet<unknown> = new Set(PLACE_KINDS);

const isPlaceShaped = (o: Record<string, unknown>) =>
  typeof o.id === 'string' && typeof o.name === 'string' && KINDS.has(o.kind);

/**
 * A copy of an answer with every place name in it converted: `name` of a place-shaped object
 * ({id, name, kind: 社区…}) or of one under a place key, and the text under `placeName`, `placePath`
 * and `trail`. Only names staff entered for places; titles, texts and people's names stay as written.
 */
export function convertPlaceNames(value: unknown, convert: (name: string) => string, isPlace = false): unknown {
  if (Array.isArray(value)) return value.map((v) => convertPlaceNames(v, convert, isPlace));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const named = isPlace || isPlaceShaped(o);
  for (const [k, v] of Object.entries(o)) {
    if (NAME_KEYS.has(k)) out[k] = convertText(v, convert);
    else if (k === 'name' && named && typeof v === 'string') out[k] = convert(v);
    else out[k] = convertPlaceNames(v, convert, PLACE_KEYS.has(k));
  }
  return out;
}

const convertText = (v: unknown, convert: (name: string) => string): unknown =>
  typeof v === 'string' ? convert(v) : Array.isArray(v) ? v.map((x) => convertText(x, convert)) : v;

/** The header a client sends to read names as stored, e.g. to edit a place's name. */
export const STORED_NAMES_HEADER = 'x-names';

/**
 * One rule for the console's answers: a reader of 繁體 (the `lang` cookie or Accept-Language) reads
 * place names in Taiwan forms, in every module's JSON, without each route converting them. A form
 * that edits a name asks for the stored one (`X-Names: stored`).
 */
export function registerReaderPlaceNames(app: FastifyInstance) {
  app.addHook('preSerialization', async (req, reply, payload) => {
    if (!req.url.startsWith('/api/') || req.headers[STORED_NAMES_HEADER] === 'stored') return payload;
    const locale = requestLocale(req);
    if (locale !== 'zh-TW') return payload;
    reply.header('vary', 'Accept-Language, Cookie');
    return convertPlaceNames(payload, namesFor(locale));
  });
}
