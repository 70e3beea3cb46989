import { useT } from '../i18n';
import { formatDateTime } from '../lib/format';
import type { RecentItem } from '../lib/recent';
import { Link, statusPath } from '../router';

/** 我反映过的事项: tracking codes this phone has submitted, kept only on the phone. */
export function RecentList({ items }: { items: RecentItem[] }) {
  const { t, lang } = useT();
  if (!items.length) return null;
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">
        {t('recentTitle')} <small>（{t('recentHint')}）</small>
      </h2>
      <ul>
        {items.map((r) => (
          <li key={r.code}>
            <Link href={statusPath(r.code)} className="recent-link">
              <span className="recent-code">{r.code}</span>
              <span className="recent-excerpt">{r.excerpt}</span>
              <span className="recent-meta">
                {r.placeName} · {formatDateTime(r.at, lang)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
