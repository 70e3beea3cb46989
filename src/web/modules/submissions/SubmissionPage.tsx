import './submissions.css';
import { Card, Flex, Image, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useRecordTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { useMe } from '../auth/api';
import { CaseFileCard } from '../outcomes';
import { ActionModal } from './ActionModal';
import { useSubmission } from './api';
import { NextButton } from './NextButton';
import { SimilarCard } from './SimilarCard';
import { SubmissionActions } from './SubmissionActions';
import { SubmissionFacts } from './SubmissionFacts';
import { OverdueTag, StatusTag } from './SubmissionTags';
import { SubmissionTimeline } from './SubmissionTimeline';
import { isStaffAction } from './staff-actions';
import type { SubmissionActionName, SubmissionDetail } from './types';
import { rememberedInbox } from './use-inbox-start';

/** /submissions/:id — one submission: facts, content, photos, timeline, similar ones, and the steps one may take. */
export default function SubmissionPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useSubmission(id);
  // back to the inbox as it was filtered when the submission was opened
  // (or, opened from elsewhere, the view the person last made)
  const me = useMe();
  const inbox = (useLocation().state as { inbox?: string } | null)?.inbox ?? rememberedInbox(me.data?.id);
  useRecordTitle(detail.data?.trackingCode, t('submissions.title'));

  return (
    <DetailPage
      backTo={`/submissions${inbox}`}
      backLabel={t('submissions.detail.back')}
      backState={null}
      detail={detail}
    >
      {detail.data && <SubmissionBody key={detail.data.id} submission={detail.data} inbox={inbox} />}
    </DetailPage>
  );
}

type Dialog = { action: SubmissionActionName; targetId?: string };

function SubmissionBody({ submission: s, inbox }: { submission: SubmissionDetail; inbox: string }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>();
  const [open, setOpen] = useState(false);
  const actions = s.allowedActions.filter(isStaffAction);
  const show = (d: Dialog) => {
    setDialog(d);
    setOpen(true);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={1} copyable className="page-title tracking-title tracking-code">
          {s.trackingCode}
        </Typography.Title>
        <StatusTag status={s.status} />
        {s.isOverdue && <OverdueTag />}
        {s.reopenCount > 0 && <Tag color="orange">{t('submissions.detail.reopened', { count: s.reopenCount })}</Tag>}
        <span className="submission-next">
          <NextButton submission={s} inbox={inbox} />
        </span>
      </Flex>
      <Card size="small" title={t('submissions.detail.actions')}>
        <SubmissionActions actions={actions} onPick={(action) => show({ action })} />
      </Card>
      <Card size="small" title={t('submissions.detail.facts')}>
        <SubmissionFacts submission={s} />
      </Card>
      <Card size="small" title={t('submissions.detail.content')}>
        <Typography.Paragraph className="submission-content">{s.content}</Typography.Paragraph>
        {s.photos.length > 0 && (
          <Image.PreviewGroup>
            <Space wrap aria-label={t('submissions.detail.photos')}>
              {s.photos.map((p, i) => (
                <Image
                  key={p.id}
                  src={p.url}
                  width={120}
                  height={120}
                  className="submission-photo"
                  alt={`${t('submissions.detail.photos')} ${i + 1}`}
                />
              ))}
            </Space>
          </Image.PreviewGroup>
        )}
      </Card>
      <div className="submission-columns">
        <Card size="small" title={t('submissions.detail.timeline')}>
          <SubmissionTimeline events={s.events} />
        </Card>
        <SimilarCard
          submission={s}
          onMergeInto={actions.includes('merge') ? (targetId) => show({ action: 'merge', targetId }) : undefined}
        />
      </div>
      <CaseFileCard kind="submission" id={s.id} />
      <ActionModal
        open={open}
        action={dialog?.action}
        targetId={dialog?.targetId}
        submission={s}
        onClose={() => setOpen(false)}
      />
    </Space>
  );
}
