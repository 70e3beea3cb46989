import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';
import { getReceptionWeek } from '../api/client';
import { type Lang, useT } from '../i18n';
import { useLoad } from '../ui/use-load';

const formats = new Map<Lang, Intl.DateTimeFormat>();
const clock = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: DEPLOYMENT_TIME_ZONE,
});

/** 周三 12月9日 09:00–11:30, where the deployment is. */
function when(startsAt: string, endsAt: string, lang: Lang) {
  let day = formats.get(lang);
  if (!day) {
    day = new Intl.DateTimeFormat(lang, {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      timeZone: DEPLOYMENT_TIME_ZONE,
    });
    formats.set(lang, day);
  }
  return `${day.format(new Date(startsAt))} ${clock.format(new Date(startsAt))}–${clock.format(new Date(endsAt))}`;
}

/** 本周接待委员: who receives residents this week, when and where; nothing when nobody does. */
export function ReceptionWeek({ placeCode }: { placeCode: string }) {
  const { t, lang } = useT();
  const { result } = useLoad(() => getReceptionWeek(placeCode), `${placeCode}:${lang}`);
  if (result.state !== 'done' || result.data.items.length === 0) return null;
  return (
    <section className="reception-week" aria-labelledby="reception-week-title">
      <h2 id="reception-week-title">
        {t('receptionTitle')} <small>（{t('receptionHint')}）</small>
      </h2>
      <ul>
        {result.data.items.map((r) => (
          <li key={`${r.startsAt}-${r.name}`}>
            <span className="reception-week-name">
              {r.name}
              {r.sectorLabel ? <small className="reception-week-sector"> · {r.sectorLabel}</small> : null}
            </span>
            <span className="reception-week-when">{when(r.startsAt, r.endsAt, lang)}</span>
            <span className="reception-week-where">
              {r.placeName}
              {r.venue ? ` · ${r.venue}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
