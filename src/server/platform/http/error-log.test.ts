import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app';
import { testConfig } from '../../testing/harness';
import { type Database, openDatabase } from '../db';

// what a resident typed: none of it may reach the log when the server fails
const CONTENT = '楼下垃圾站半夜噪音-秘密内容';
const CONTACT = '张三丰';
const PHONE = '13912348765';

describe('a 500', () => {
  const lines: string[] = [];
  let app: FastifyInstance;
  let database: Database;

  beforeAll(async () => {
    const url = inject('testDatabaseUrl');
    database = await openDatabase({ databaseUrl: url ?? undefined });
    if (!url) await database.migrate();
    app = await buildApp({
      config: testConfig(),
      database,
      serveWeb: false,
      logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } },
    });
    // a handler that fails in the database with the resident's values as query parameters,
    // which PostgreSQL also quotes back in its message
    app.post('/api/public/test-failure', { config: { isPublic: true } }, async (req) => {
      const b = req.body as { content: string; contactName: string; phone: string };
      await database.db.execute(sql`select ${b.content}::int, ${b.contactName}::int, ${b.phone}::date`);
      return {};
    });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('logs the error code, route and request id, and none of the values sent', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/public/test-failure',
      payload: { content: CONTENT, contactName: CONTACT, phone: PHONE },
    });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ code: 'internal', message: '服务器出错了，请稍后再试' });

    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const failure = entries.find((e) => e.level === 50);
    expect(failure).toMatchObject({
      msg: 'unhandled error',
      code: '22P02', // invalid_text_representation, from PostgreSQL
      route: 'POST /api/public/test-failure',
      reqId: expect.any(String),
    });
    expect(JSON.stringify(failure)).toMatch(/Failed query: select \$1::int/); // the statement, not its values
    for (const line of lines) {
      expect(line).not.toContain('秘密内容');
      expect(line).not.toContain(CONTACT);
      expect(line).not.toContain(PHONE);
    }
  });
});
