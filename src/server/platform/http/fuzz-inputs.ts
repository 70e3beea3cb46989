// What the fuzz test sends: the routes as the OpenAPI document lists them (collected by
// @fastify/swagger's onRoute hook, so a new route is fuzzed without anyone listing it), a
// plausible request for each built from its schemas, and the malformed variants of that request.

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  minLength?: number;
  minimum?: number;
  minItems?: number;
  default?: unknown;
};
type Parameter = { in: 'path' | 'query' | 'header' | 'cookie'; name: string; schema?: Schema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};
type OpenApi = { paths: Record<string, Record<string, Operation>> };

export type Route = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string; // /api/consultations/{id}
  pathParams: string[];
  query: Record<string, Schema>;
  body?: Schema;
  isMultipart: boolean;
};

export type FuzzRequest = {
  label: string;
  method: Route['method'];
  url: string;
  payload?: string | Buffer | object;
  headers?: Record<string, string>;
};

export function routesOf(doc: OpenApi): Route[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      return {
        method: method.toUpperCase() as Route['method'],
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, p.schema ?? {}])),
        body: content['application/json']?.schema,
        isMultipart: 'multipart/form-data' in content,
      };
    }),
  );
}

const FIXED_UUID = '00000000-0000-4000-8000-000000000000';

/** A value the schema likely accepts, so that a malformed field is the only thing wrong. */
export function sample(schema: Schema | undefined): unknown {
  if (!schema) return 'abc';
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const choice = schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? schema.allOf?.[0];
  if (choice) return sample(choice);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((k) => [k, sample(schema.properties?.[k])]));
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      if (schema.format === 'uuid') return FIXED_UUID;
      if (schema.format === 'date-time') return '2026-05-01T08:00:00.000Z';
      if (schema.format === 'date') return '2026-05-01';
      return '测试内容'.repeat(Math.ceil((schema.minLength ?? 1) / 4));
  }
}

const NUL = '\u0000';
const LONE = '\udfff';
/** Values that have each broken some server: text PostgreSQL refuses, sizes, types, shapes. */
export const BAD_VALUES: [string, unknown][] = [
  ['NUL', `a${NUL}b`],
  ['lone surrogate', `x${LONE}`],
  ['lone high surrogate', '\ud83d'],
  ['huge string', '长'.repeat(20_000)],
  ['empty string', ''],
  ['number', -1],
  ['huge number', 1e308],
  ['float', 0.5],
  ['boolean', false],
  ['null', null],
  ['array', ['a', 1]],
  ['object', { a: { b: NUL } }],
  ['bad date', '2026-13-45T99:99:99Z'],
  ['prototype key', JSON.parse('{"__proto__":{"isAdmin":true}}')],
];

/** Path segments that have broken routers and lookups; raw, already percent-encoded where needed. */
export const BAD_SEGMENTS = [
  '%00',
  'a%00b',
  '%ff',
  '%ed%bf%bf',
  '..%2f..',
  '%2e%2e',
  'x'.repeat(3000),
  '-1',
  '%20',
  '😀',
];

/** Whole bodies that are not what any route wants. */
export const BAD_BODIES: [string, string | object, string][] = [
  ['bad JSON', '{"content": "a', 'application/json'],
  ['JSON null', 'null', 'application/json'],
  ['JSON array', '[1,2,3]', 'application/json'],
  ['JSON string', '"text"', 'application/json'],
  ['a NUL key', `{"a${'\\u0000'}": 1}`, 'application/json'],
  ['escaped lone surrogate', '{"content": "\\udfff", "name": "\\ud800"}', 'application/json'],
  ['deep nesting', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, 'application/json'],
  ['plain text', 'hello', 'text/plain'],
  ['form encoded', 'a=1&b=%00', 'application/x-www-form-urlencoded'],
];

export const fill = (path: string, values: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? FIXED_UUID);
