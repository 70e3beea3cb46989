import './writings.css';
import { Alert, App, Button, Card, Descriptions, Flex, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { WRITING_ACTIONS, type WritingAction } from '../../../shared/access/writings';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useRecordTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { DownloadButton } from '../../ui/DownloadButton';
import { ProposalHandlingCard } from '../proposals';
import { useStep, useWriting } from './api';
import { EditModal, ForwardModal, ReasonModal } from './ReviewModals';
import type { WritingDetail } from './types';
import { WritingProgress, WritingSteps } from './WritingSteps';
import { WritingKindTag, WritingStatusTag } from './WritingTags';

/** /writings/:id — one 社情民意 or 提案: its text, where it stands, and the step it waits for. */
export default function WritingPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useWriting(id);
  useRecordTitle(detail.data?.title, t('writings.title'));
  return (
    <DetailPage backTo="/writings" backLabel={t('writings.detail.back')} detail={detail}>
      {detail.data && <WritingBody key={detail.data.id} writing={detail.data} />}
    </DetailPage>
  );
}

type Dialog = 'return' | 'decline' | 'edit' | 'forward';

function WritingBody({ writing: w }: { writing: WritingDetail }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => setDialog(undefined);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Flex align="center" gap={8} wrap>
          {w.code ? (
            <Typography.Text copyable className="writing-code">
              {w.code}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary" className="writing-code">
              {t('writings.list.noCode')}
            </Typography.Text>
          )}
          <WritingKindTag kind={w.kind} />
          <WritingStatusTag status={w.status} />
        </Flex>
        <Typography.Title level={1} className="page-title">
          {w.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('writings.detail.byline', { author: w.author.displayName, place: w.place.name })}
        </Typography.Paragraph>
        <Flex gap={8} wrap>
          <Actions writing={w} onDialog={setDialog} />
          <DownloadButton
            url={`/api/writings/${w.id}/export.docx`}
            fileName={`${w.code ?? w.title}.docx`}
            label={t('writings.detail.exportWord')}
          />
        </Flex>
      </div>
      {w.reviewNote && (
        <Alert
          type={w.status === 'returned' ? 'warning' : 'info'}
          showIcon
          title={t(w.status === 'returned' ? 'writings.detail.returnedNote' : 'writings.detail.declinedNote', {
            note: w.reviewNote,
          })}
        />
      )}
      <Card size="small">
        <WritingProgress status={w.status} />
      </Card>
      <div className="writing-columns">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={t('writings.detail.text')}>
            <Typography.Paragraph className="writing-text">{w.body}</Typography.Paragraph>
          </Card>
          <SourcesCard writing={w} />
          {/* 提案办理: a member's proposal the office forwarded is handled like any other */}
          {w.kind === 'proposal' && w.status === 'forwarded' && <ProposalHandlingCard writingId={w.id} />}
        </Space>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <FactsCard writing={w} />
          <Card size="small" title={t('writings.detail.steps')}>
            <WritingSteps steps={w.steps} />
          </Card>
        </Space>
      </div>
      <ReasonModal writing={w} step="return" open={dialog === 'return'} onClose={close} />
      <ReasonModal writing={w} step="decline" open={dialog === 'decline'} onClose={close} />
      <EditModal writing={w} open={dialog === 'edit'} onClose={close} />
      <ForwardModal writing={w} open={dialog === 'forward'} onClose={close} />
    </Space>
  );
}

/**
 * The steps the viewer may take, the one the status waits for first as the primary button:
 * 提交 for the author, 采用 for the office under review, 报送 once adopted.
 */
function Actions({ writing: w, onDialog }: { writing: WritingDetail; onDialog: (d: Dialog) => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const submit = useStep(w.id, 'submit');
  const adopt = useStep(w.id, 'adopt');
  const actions = WRITING_ACTIONS.filter((a) => w.abilities[a]);

  const confirmStep = (step: 'submit' | 'adopt') => {
    const mutation = step === 'submit' ? submit : adopt;
    modal.confirm({
      title: t(step === 'submit' ? 'writings.confirm.submitTitle' : 'writings.confirm.adoptTitle'),
      content: t(step === 'submit' ? 'writings.confirm.submitText' : 'writings.confirm.adoptText'),
      okText: t('writings.confirm.ok'),
      cancelText: t('common.cancel'),
      onOk: () =>
        mutation.mutateAsync({} as Record<string, never>).then(
          () => void message.success(t(step === 'submit' ? 'writings.done.submitted' : 'writings.done.adopted')),
          (err) => void message.error(errorMessage(err)),
        ),
    });
  };
  const run = (a: WritingAction) => {
    if (a === 'submit' || a === 'adopt') return confirmStep(a);
    if (a === 'revise') return navigate(`/writings/${w.id}/edit`);
    onDialog(a);
  };
  const label = (a: WritingAction) =>
    a === 'submit' && w.status === 'returned' ? t('writings.actions.resubmit') : t(`writings.actions.${a}`);

  return (
    <>
      {actions.map((a, i) => (
        <Button key={a} type={i === 0 ? 'primary' : 'default'} danger={a === 'decline'} onClick={() => run(a)}>
          {label(a)}
        </Button>
      ))}
    </>
  );
}

function SourcesCard({ writing: w }: { writing: WritingDetail }) {
  const { t } = useTranslation();
  const hidden = w.submissionCount - w.submissions.length;
  return (
    <Card size="small" title={t('writings.detail.sources')}>
      {w.submissions.length > 0 && (
        <List
          size="small"
          dataSource={w.submissions}
          renderItem={(s) => (
            <List.Item>
              <div style={{ minWidth: 0, width: '100%' }}>
                <Link to={`/submissions/${s.id}`} className="writing-code">
                  {s.trackingCode}
                </Link>
                <Typography.Paragraph ellipsis={{ rows: 2, tooltip: s.content }} style={{ margin: 0 }}>
                  {s.content}
                </Typography.Paragraph>
              </div>
            </List.Item>
          )}
        />
      )}
      {hidden > 0 && (
        <Typography.Text type="secondary">{t('writings.detail.sourcesHidden', { count: hidden })}</Typography.Text>
      )}
      {w.submissionCount === 0 && <Typography.Text type="secondary">{t('writings.detail.noSources')}</Typography.Text>}
    </Card>
  );
}

function FactsCard({ writing: w }: { writing: WritingDetail }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Card size="small" title={t('writings.detail.facts')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'author', label: t('writings.detail.author'), children: w.author.displayName },
          { key: 'place', label: t('writings.detail.place'), children: w.place.name },
          { key: 'created', label: t('writings.detail.createdAt'), children: formatDateTime(w.createdAt) },
          {
            key: 'submitted',
            label: t('writings.detail.submittedAt'),
            children: formatDateTime(w.submittedAt) || none,
          },
          { key: 'reviewer', label: t('writings.detail.reviewedBy'), children: w.reviewedBy?.displayName ?? none },
          { key: 'adopted', label: t('writings.detail.adoptedAt'), children: formatDateTime(w.adoptedAt) || none },
          {
            key: 'forwarded',
            label: t('writings.detail.forwardedAt'),
            children: formatDateTime(w.forwardedAt) || none,
          },
          {
            key: 'recipients',
            label: t('writings.detail.recipients'),
            children: w.recipients.length > 0 ? w.recipients.map((r) => r.displayName).join('、') : none,
          },
        ]}
      />
    </Card>
  );
}
