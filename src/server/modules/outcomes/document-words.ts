// The words of the outcome's Word file and of the parts other documents take from it (答复, 批示),
// in the reader's language; the names of councils and offices stay as they are written.
import type { Locale, ReplyVerdict } from '../../../shared/enums';

type Words = {
  attached: (what: string) => string; // 附：…
  consensus: string;
  answers: string;
  instructions: string;
  verdicts: Record<ReplyVerdict, string>;
  sentAt: string;
  verdict: string;
  withReason: (verdict: string, reason: string) => string;
  reply: string;
  repliedAt: string;
  noReply: string;
  noInstruction: string;
  notSent: string;
  said: (who: string, at: string) => string; // who wrote a 批示, and when
};

export const OUTCOME_DOC_WORDS = {
  'zh-CN': {
    attached: (what) => `附：${what}`,
    consensus: '协商共识',
    answers: '报送及答复情况',
    instructions: '领导批示',
    verdicts: { adopted: '采纳', partly_adopted: '部分采纳', not_adopted: '不予采纳' },
    sentAt: '报送时间',
    verdict: '答复意见',
    withReason: (verdict, reason) => `${verdict}（理由：${reason}）`,
    reply: '答复内容',
    repliedAt: '答复时间',
    noReply: '尚未答复。',
    noInstruction: '暂无批示。',
    notSent: '尚未报送。',
    said: (who, at) => `${who}（${at}）`,
  },
  'zh-TW': {
    attached: (what) => `附：${what}`,
    consensus: '協商共識',
    answers: '報送及答覆情況',
    instructions: '領導批示',
    verdicts: { adopted: '採納', partly_adopted: '部分採納', not_adopted: '不予採納' },
    sentAt: '報送時間',
    verdict: '答覆意見',
    withReason: (verdict, reason) => `${verdict}（理由：${reason}）`,
    reply: '答覆內容',
    repliedAt: '答覆時間',
    noReply: '尚未答覆。',
    noInstruction: '暫無批示。',
    notSent: '尚未報送。',
    said: (who, at) => `${who}（${at}）`,
  },
  en: {
    attached: (what) => `Attached: ${what}`,
    consensus: 'Consensus reached',
    answers: 'Sent to, and the replies',
    instructions: 'Leaders’ instructions (批示)',
    verdicts: { adopted: 'Adopted', partly_adopted: 'Partly adopted', not_adopted: 'Not adopted' },
    sentAt: 'Sent',
    verdict: 'Verdict',
    withReason: (verdict, reason) => `${verdict} (reason: ${reason})`,
    reply: 'Reply',
    repliedAt: 'Replied',
    noReply: 'No reply yet.',
    noInstruction: 'No instructions yet.',
    notSent: 'Not sent yet.',
    said: (who, at) => `${who} (${at})`,
  },
} as const satisfies Record<Locale, Words>;
