import { eq } from 'drizzle-orm';
import type { ConsultationForm, ParticipantKind, Stance } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { accounts, consultations, places, topics } from '../../platform/db/schema';
import { type GongwenBlock, gongwenDateTime, paragraphsOf, renderGongwen } from '../../platform/docx/gongwen';
import { notFound } from '../../platform/errors';
import { dissentsOf, listConsensusItems, opinionsOf, participantsOf } from './queries';

const FORM_WORDS = {
  meeting: '会议协商',
  on_site: '现场协商',
  online: '网络协商',
  building: '楼栋协商',
  door_to_door: '上门协商',
  micro: '微协商',
  counterpart: '对口协商',
  sector: '界别协商',
} as const satisfies Record<ConsultationForm, string>;

const KIND_WORDS = {
  member: '政协委员',
  resident_rep: '群众代表',
  official: '部门干部',
  expert: '专家',
  stakeholder: '利益相关方',
  staff: '工作人员',
} as const satisfies Record<ParticipantKind, string>;

const STANCE_WORDS = {
  support: '支持',
  oppose: '反对',
  neutral: '中立',
  suggestion: '建议',
} as const satisfies Record<Stance, string>;

/** 会议纪要: the consultation's minutes in 公文 style (a draft before it concludes). */
export async function renderMinutes(db: DbOrTx, consultationId: string) {
  const [c] = await db
    .select({
      code: consultations.code,
      title: consultations.title,
      form: consultations.form,
      venue: consultations.venue,
      startsAt: consultations.startsAt,
      endsAt: consultations.endsAt,
      preStudy: consultations.preStudy,
      summary: consultations.summary,
      placeName: places.name,
      topicCode: topics.code,
      topicTitle: topics.title,
      host: accounts.displayName,
    })
    .from(consultations)
    .innerJoin(places, eq(places.id, consultations.placeId))
    .innerJoin(topics, eq(topics.id, consultations.topicId))
    .leftJoin(accounts, eq(accounts.id, consultations.createdById))
    .where(eq(consultations.id, consultationId));
  if (!c) throw notFound();
  const [people, said, consensus, dissent] = await Promise.all([
    participantsOf(db, consultationId),
    opinionsOf(db, consultationId),
    listConsensusItems(db, consultationId),
    dissentsOf(db, consultationId),
  ]);
  const present = people.filter((p) => p.attendedAt);
  const kindOf = new Map(people.map((p) => [p.id, KIND_WORDS[p.kind]]));
  const numberOf = new Map(consensus.map((i) => [i.id, i.number]));
  const council = `${c.placeName}协商议事会`;

  const blocks: GongwenBlock[] = [
    { kind: 'label', label: '时间', text: gongwenDateTime(c.startsAt) },
    { kind: 'label', label: '地点', text: c.venue ?? (c.form === 'online' ? '网络平台' : '—') },
    { kind: 'label', label: '形式', text: FORM_WORDS[c.form] },
    { kind: 'label', label: '主持', text: c.host ?? '—' },
    {
      kind: 'label',
      label: '参加人员',
      text: present.length
        ? `${present.map((p) => (p.affiliation ? `${p.name}（${p.affiliation}）` : p.name)).join('、')}，共${present.length}人`
        : '暂无签到记录',
    },
    { kind: 'label', label: '议题', text: `${c.topicCode} ${c.topicTitle}` },
  ];
  const study = c.preStudy ? paragraphsOf(c.preStudy) : [];
  const [firstStudy, ...restStudy] = study;
  blocks.push({ kind: 'label', label: '调研情况', text: firstStudy?.kind === 'paragraph' ? firstStudy.text : '无' });
  blocks.push(...restStudy);

  blocks.push({ kind: 'heading1', text: '一、协商过程' });
  if (said.length === 0) blocks.push({ kind: 'paragraph', text: '暂无发言记录。' });
  for (const o of said) {
    const kind = o.participantId ? kindOf.get(o.participantId) : undefined;
    const who = [kind, STANCE_WORDS[o.stance]].filter(Boolean).join('，');
    blocks.push({ kind: 'paragraph', text: `${o.speakerName}（${who}）：${o.text}` });
  }
  blocks.push({ kind: 'heading1', text: '二、达成共识' });
  if (consensus.length === 0) blocks.push({ kind: 'paragraph', text: '尚未形成共识。' });
  for (const i of consensus) blocks.push({ kind: 'paragraph', text: `${i.number}. ${i.text}` });
  blocks.push({ kind: 'heading1', text: '三、保留意见' });
  if (dissent.length === 0) blocks.push({ kind: 'paragraph', text: '无。' });
  for (const d of dissent) {
    const n = d.consensusItemId ? numberOf.get(d.consensusItemId) : undefined;
    blocks.push({ kind: 'paragraph', text: `${d.holderName}${n ? `（对第${n}条）` : ''}：${d.text}` });
  }
  if (c.summary) blocks.push(...paragraphsOf(c.summary));

  const buffer = await renderGongwen({
    masthead: council,
    title: `${c.title}会议纪要`,
    blocks,
    issuer: council,
    date: c.startsAt,
  });
  return { buffer, fileName: `${c.code} ${c.title}会议纪要.docx` };
}
