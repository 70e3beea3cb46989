import type { FastifyInstance } from 'fastify';
import { invalid } from '../errors';

// PostgreSQL stores no NUL in text, and jsonb refuses half of a UTF-16 surrogate pair (a text
// column would silently turn it into U+FFFD). With the u flag a whole pair is one code point and
// never matches, so emoji and rare characters (𠮷) pass.
const UNSTORABLE = /[\0\ud800-\udfff]/u;
const UNSTORABLE_ALL = /[\0\ud800-\udfff]/gu;
const MAX_REPORTED = 20;

/** Does the text hold a character PostgreSQL cannot store? */
export const isUnstorable = (s: string) => UNSTORABLE.test(s);

/**
 * The dotted paths of every string in `value` — values and keys alike — that PostgreSQL cannot
 * store; a bad key is named with U+FFFD in place of what it cannot show. Walks without recursion,
 * so a body nested 100,000 deep does not overflow the stack.
 */
export function unstorablePaths(value: unknown, root = ''): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0 && found.length < MAX_REPORTED) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'string') {
      if (isUnstorable(v)) found.push(path || '(body)');
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const name = isUnstorable(k) ? k.replace(UNSTORABLE_ALL, '\ufffd') : k;
        const childPath = path ? `${path}.${name}` : name;
        if (name !== k) found.push(childPath);
        else stack.push([child, childPath]);
      }
    }
  }
  return found.sort();
}

/** Throws 400 naming each field of `parts` (name → value) that holds text PostgreSQL cannot store. */
export function assertStorable(parts: Record<string, unknown>) {
  const paths = unstorablePaths(parts);
  if (paths.length > 0) throw invalid(paths.map((path) => ({ path, key: 'unstorable_text' })));
}

/**
 * One rule for every route: text PostgreSQL cannot store — in the path, the query, the headers or
 * the JSON body — answers 400 naming each field, before validation or any query sees it.
 * Multipart text is checked where it is read (readUpload).
 */
export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    for (const part of [req.params, req.query, req.headers, req.body]) {
      // the path names a field as validation does: "content", not "body.content"
      assertStorable(part && typeof part === 'object' ? (part as Record<string, unknown>) : { '(body)': part });
    }
  });
}
