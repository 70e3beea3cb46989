// A notice, or a day's notices, as an email in the reader's language: the same words as the
// console's bell (shared/notices.ts), a link to the record, and where to turn the mail off.
import { LOCALES, type Locale, type NotificationKind } from '../../../shared/enums';
import { formatMessage } from '../../../shared/error-messages';
import { type EntityType, type NoticeParams, noticeWords, recordPath, renderNotice } from '../../../shared/notices';
import { formatDateTimeIn } from '../../../shared/time-zone';
import { MAIL_TEXTS } from './mail-texts';

export type MailedNotice = {
  kind: NotificationKind;
  params: NoticeParams;
  entityType: EntityType;
  entityId: string;
  createdAt: Date;
};
export type Reader = { locale: string | null; displayName: string };
export type RenderedMail = { subject: string; text: string };

/** The reader's language as stored (null or unknown: 简体中文, the console's first language). */
export const localeOf = (stored: string | null): Locale =>
  (LOCALES as readonly string[]).includes(stored ?? '') ? (stored as Locale) : 'zh-CN';

// subjects are one line: a person's words may hold line breaks
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

function parts(locale: Locale, n: MailedNotice, publicUrl: string) {
  const { headline, lines } = renderNotice(noticeWords(locale), n, (iso) => formatDateTimeIn(locale, iso));
  const url = `${publicUrl}${recordPath(n)}`;
  return { headline, lines, url };
}

const footer = (locale: Locale, publicUrl: string) =>
  formatMessage(MAIL_TEXTS[locale].footer, { url: `${publicUrl}/me` });

/** One notice as a mail: its headline as the subject, its lines, the link to its record. */
export function renderNoticeMail(reader: Reader, n: MailedNotice, publicUrl: string): RenderedMail {
  const locale = localeOf(reader.locale);
  const t = MAIL_TEXTS[locale];
  const { headline, lines, url } = parts(locale, n, publicUrl);
  return {
    subject: oneLine(formatMessage(t.subject, { headline })),
    text: [headline, ...lines, '', formatMessage(t.open, { url }), '', '—', footer(locale, publicUrl), ''].join('\n'),
  };
}

/** The daily digest (每日摘要): the notices up to `asOf`, oldest first, each with its time and link. */
export function renderDigestMail(reader: Reader, notices: MailedNotice[], asOf: Date, publicUrl: string): RenderedMail {
  const locale = localeOf(reader.locale);
  const t = MAIL_TEXTS[locale];
  const count = notices.length;
  const items = notices.flatMap((n, i) => {
    const { headline, lines, url } = parts(locale, n, publicUrl);
    const when = formatDateTimeIn(locale, n.createdAt.toISOString());
    return [`${i + 1}. ${headline}`, ...lines.map((l) => `   ${l}`), `   ${when}  ${url}`, ''];
  });
  const intro = formatMessage(t.digestIntro, {
    name: reader.displayName,
    date: formatDateTimeIn(locale, asOf.toISOString()),
    count,
  });
  return {
    subject: formatMessage(t.digestSubject, { count }),
    text: [intro, '', ...items, '—', footer(locale, publicUrl), ''].join('\n'),
  };
}
