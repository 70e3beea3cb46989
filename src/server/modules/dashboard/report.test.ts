import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { Dashboard } from '../../../shared/api/dashboard';
import { nextCode } from '../../platform/db/codes';
import { auditEvents, outcomes, participants, submissions } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { buildConsultation } from '../consultations/testing';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let other: Awaited<ReturnType<typeof buildTree>>;
let leader: Agent;
let seq = 0;
const NOV = new Date('2026-11-10T04:00:00Z');

async function submission(placeId: string, change: Partial<typeof submissions.$inferInsert> = {}) {
  seq += 1;
  await t.db.insert(submissions).values({
    trackingCode: `RPT${Date.now()}${seq}`,
    placeId,
    scannedPlaceId: placeId,
    channel: 'walk_in',
    content: '路灯坏了很久没人修',
    searchText: '路灯坏了很久没人修',
    searchGrams: [],
    createdAt: NOV,
    ...change,
  });
}

/** The text of word/document.xml, its runs joined, and its table rows. */
async function docText(body: Buffer) {
  const zip = await JSZip.loadAsync(body);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  );
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
    [...r[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]),
  );
  return { text: paragraphs.join('\n'), rows };
}

const report = (agent: Agent, query: string, headers?: Record<string, string>) =>
  agent.get(`/api/dashboard/report.docx${query}`, headers);

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  other = await buildTree(t.db);
  leader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.district })).agent;
  await submission(tree.villageA.id, { satisfaction: 4, status: 'solved' });
  await submission(tree.villageA.id, { satisfaction: 5, status: 'solved' });
  await submission(tree.villageB.id, { status: 'township' });
  await submission(tree.villageB.id, { createdAt: new Date('2026-10-20T04:00:00Z') }); // October: not counted
  const held = await buildConsultation(t.db, {
    place: tree.villageA,
    status: 'concluded',
    startsAt: NOV,
    title: '关于村口停车难的协商议事',
  });
  await buildConsultation(t.db, { place: tree.villageB, status: 'concluded', startsAt: NOV, title: '小范围协商' });
  await t.db.insert(participants).values(
    ['张三', '李四', '王五'].map((name) => ({
      consultationId: held.consultationId,
      name,
      kind: 'resident_rep' as const,
      attendedAt: NOV,
    })),
  );
  const code = await nextCode(t.db, 'CG');
  await t.db.insert(outcomes).values({
    code,
    consultationId: held.consultationId,
    placeId: tree.villageA.id,
    type: 'agreement',
    title: '关于村口停车的协商约定',
    body: '划定停车位。',
    status: 'carried_out',
    consensusItemIds: [],
    sentAt: NOV,
    carriedOutAt: NOV,
  });
  await submission(other.villageA.id);
});

describe('GET /api/dashboard/report.docx', () => {
  it('answers 401, 403 to a member, 404 for another region, 400 by field', async () => {
    expect((await report(new Agent(t.app), '')).statusCode).toBe(401);
    const member = (await buildAccount(t.app, t.db, { role: 'member', place: tree.district })).agent;
    expect((await report(member, `?placeId=${tree.district.id}`)).statusCode).toBe(403);
    expect((await report(leader, `?placeId=${other.district.id}&date=2026-11-01`)).statusCode).toBe(404);
    const badPeriod = await report(leader, '?period=week');
    expect(badPeriod.statusCode).toBe(400);
    expect(badPeriod.body).toContain('period');
    const badDate = await report(leader, '?date=2026-11-31');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('date');
  });

  it('says the dashboard’s figures for the month, a row per township, the notable consultation and outcome', async () => {
    const res = await report(leader, `?placeId=${tree.district.id}&period=month&date=2026-11-15`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('2026年11月报告'));
    const { text, rows } = await docText(res.rawPayload);
    const dash = json<Wire<typeof Dashboard>>(
      await leader.get(`/api/dashboard?placeId=${tree.district.id}&from=2026-11-01&to=2026-11-30`),
    );
    const value = (k: string) => dash.figures.find((f) => f.key === k)?.value;
    expect(value('received')).toBe(3);
    expect(text).toContain(`${tree.district.name}政协“有事好商量”协商工作2026年11月报告`);
    expect(text).toContain(`收集意见建议${value('received')}条`);
    expect(text).toContain(`分办${value('sorted')}条`);
    expect(text).toContain(`办结${value('solved')}条`);
    expect(text).toContain(`群众满意度${value('satisfaction')}分`);
    expect(text).toContain(`开展协商${value('consultations')}场`);
    expect(text).toContain(`参与${value('participants')}人次`);
    expect(text).toContain(`形成并报送成果${value('outcomesSent')}项`);
    expect(text).toContain(`落实${value('outcomesCarriedOut')}项`);
    expect(value('participants')).toBe(3);
    // header and one row per child, each with the child's received count
    expect(rows.length).toBe(dash.children.length + 1);
    for (const child of dash.children) {
      const row = rows.find((r) => r[0] === child.place.name);
      expect(row?.[1]).toBe(String(child.figures.find((f) => f.key === 'received')?.value));
    }
    // the most attended consultation comes first, and the outcome carried out with its code
    expect(text).toMatch(/关于村口停车难的协商议事”开展协商（XS[^）]*），参与3人次/);
    expect(text.indexOf('关于村口停车难的协商议事')).toBeLessThan(text.indexOf('小范围协商'));
    expect(text).toMatch(/《关于村口停车的协商约定》（CG[^）]+）已落实/);
    expect(text).toMatch(/本报告数据由商量平台于\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d生成/);
    expect(text).not.toContain('路灯坏了'); // no submission's words
    const audited = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, tree.district.id));
    expect(audited.some((a) => a.action === 'dashboard.report')).toBe(true);
  });

  it('speaks the reader’s language and takes the quarter and the year', async () => {
    const en = await report(leader, `?placeId=${tree.townA.id}&period=quarter&date=2026-11-15`, {
      'accept-language': 'en',
    });
    expect(en.statusCode).toBe(200);
    const { text } = await docText(en.rawPayload);
    expect(text).toContain('the fourth quarter of 2026');
    expect(text).toContain('2 opinions and suggestions received');
    const tw = await report(leader, `?placeId=${tree.townB.id}&period=year&date=2026-11-15`, {
      'accept-language': 'zh-TW',
    });
    const twText = (await docText(tw.rawPayload)).text;
    expect(twText).toContain('2026年度報告');
    expect(twText).toContain('收集意見建議2條');
  });
});
