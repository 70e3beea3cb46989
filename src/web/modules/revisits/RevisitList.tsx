import { Flex, Image, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { formatDay } from './format';
import type { Revisit } from './types';

/** The outcome's revisits, newest visit first: what was found, residents' view, photos, the task reopened. */
export function RevisitList({ items }: { items: Revisit[] }) {
  return (
    <ol className="revisit-list">
      {items.map((r) => (
        <RevisitItem key={r.id} revisit={r} />
      ))}
    </ol>
  );
}

function RevisitItem({ revisit: r }: { revisit: Revisit }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <li>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{formatDay(r.visitedAt)}</Typography.Text>
        {r.isProblemBack ? (
          <Tag color="red">{t('revisits.item.problemBack')}</Tag>
        ) : (
          <Tag color="green">{t('revisits.item.allWell')}</Tag>
        )}
        {r.task && (
          <span className="revisit-task">
            {t('revisits.item.reopened')}{' '}
            <Link to={`/tasks/${r.task.id}`} state={{ from: pathname }}>
              {r.task.code} {r.task.title}
            </Link>
          </span>
        )}
      </Flex>
      <dl className="revisit-words">
        <dt>{t('revisits.item.findings')}</dt>
        <dd>{r.findings}</dd>
        {r.residentsView && (
          <>
            <dt>{t('revisits.item.residentsView')}</dt>
            <dd>{r.residentsView}</dd>
          </>
        )}
      </dl>
      {r.photos.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap size={6} className="revisit-photos">
            {r.photos.map((p, i) => (
              <Image
                key={p.id}
                src={p.url}
                width={72}
                height={72}
                className="revisit-photo"
                alt={t('revisits.item.photo', { n: i + 1 })}
              />
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
      {r.recordedBy && (
        <Typography.Text type="secondary" className="revisit-meta">
          {t('revisits.item.recordedBy', { name: r.recordedBy.displayName })}
        </Typography.Text>
      )}
    </li>
  );
}
