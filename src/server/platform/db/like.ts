/**
 * Escapes LIKE's wildcards (`%`, `_`) and its escape character (`\`, PostgreSQL's default), so
 * that text typed by a person, or a stored path, matches only itself inside a LIKE pattern.
 */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
