import './outcomes.css';
import { Alert, Card, Skeleton, Steps, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { useCaseFile } from './api';
import type { CaseFileKind } from './types';

type Entry = { id: string; code: string; title: string };
const SHOWN = 5; // a topic can gather many submissions: the first few, then a count

/**
 * 案卷: the whole chain 诉求 → 议题 → 协商 → 成果 around one record, each a link, the record itself
 * highlighted. The server leaves out what the viewer may not see; empty parts show "—".
 */
export function CaseFileCard({ kind, id }: { kind: CaseFileKind; id: string }) {
  const { t } = useTranslation();
  const file = useCaseFile(kind, id);

  const part = (partKind: CaseFileKind, base: string, entries: Entry[]): ReactNode => {
    if (entries.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
    const rest = entries.length - SHOWN;
    return (
      <ul className="case-file-list">
        {entries.slice(0, SHOWN).map((e) => {
          const isCurrent = partKind === kind && e.id === id;
          return (
            <li
              key={e.id}
              className={isCurrent ? 'is-current' : undefined}
              aria-current={isCurrent ? 'true' : undefined}
            >
              <Link to={`${base}/${e.id}`}>
                <span className="outcome-code">{e.code}</span> {e.title}
              </Link>
              {isCurrent && (
                <Tag color="blue" className="case-file-current">
                  {t('outcomes.caseFile.current')}
                </Tag>
              )}
            </li>
          );
        })}
        {rest > 0 && <li className="case-file-more">+{rest}</li>}
      </ul>
    );
  };

  if (file.isPending)
    return (
      <Card size="small" title={t('outcomes.caseFile.title')}>
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  if (file.isError)
    return (
      <Card size="small" title={t('outcomes.caseFile.title')}>
        <Alert type="warning" showIcon title={t('outcomes.caseFile.failed')} description={errorMessage(file.error)} />
      </Card>
    );

  const f = file.data;
  const parts: { key: CaseFileKind; title: string; node: ReactNode; filled: boolean }[] = [
    {
      key: 'submission',
      title: t('outcomes.caseFile.submissions'),
      filled: f.submissions.length > 0,
      node: part(
        'submission',
        '/submissions',
        f.submissions.map((s) => ({ id: s.id, code: s.trackingCode, title: s.content })),
      ),
    },
    {
      key: 'topic',
      title: t('outcomes.caseFile.topic'),
      filled: f.topic !== null,
      node: part('topic', '/topics', f.topic ? [f.topic] : []),
    },
    {
      key: 'consultation',
      title: t('outcomes.caseFile.consultations'),
      filled: f.consultations.length > 0,
      node: part('consultation', '/consultations', f.consultations),
    },
    {
      key: 'outcome',
      title: t('outcomes.caseFile.outcomes'),
      filled: f.outcomes.length > 0,
      node: part('outcome', '/outcomes', f.outcomes),
    },
  ];

  return (
    <Card size="small" title={t('outcomes.caseFile.title')} className="case-file-card">
      <Steps
        orientation="vertical"
        size="small"
        current={parts.findIndex((p) => p.key === kind)}
        items={parts.map((p) => ({
          key: p.key,
          title: p.title,
          status: p.key === kind ? 'process' : p.filled ? 'finish' : 'wait',
          content: p.node,
        }))}
      />
    </Card>
  );
}
