import './consultations.css';
import { Alert, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useRecordTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { SectionNav } from '../../ui/SectionNav';
import { OnlinePanel } from '../online';
import { CaseFileCard } from '../outcomes';
import { useConsultation } from './api';
import { ConsensusCard } from './ConsensusCard';
import { ConsultationActions } from './ConsultationActions';
import { DissentsCard } from './DissentsCard';
import { FilesCard } from './FilesCard';
import { InfoCard } from './InfoCard';
import { OpinionsCard } from './OpinionsCard';
import { ParticipantsCard } from './ParticipantsCard';
import { PreStudyCard } from './PreStudyCard';
import { isRecordOpen } from './record-rules';
import { SignInQrCard } from './SignInQrCard';
import { StepsCard } from './StepsCard';
import { FormTag, StatusTag } from './tags';
import type { ConsultationDetail } from './types';

/** /consultations/:id — one consultation: its facts, procedure, participants and attendance, and the record. */
export default function ConsultationPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useConsultation(id);
  useRecordTitle(detail.data?.code, t('consultations.title'));

  return (
    <DetailPage backTo="/consultations" backLabel={t('consultations.detail.back')} detail={detail} skeletonRows={12}>
      {detail.data && <ConsultationBody key={detail.data.id} consultation={detail.data} />}
    </DetailPage>
  );
}

function ConsultationBody({ consultation: c }: { consultation: ConsultationDetail }) {
  const { t } = useTranslation();
  // the record is written by those who manage it, until the consultation is concluded or cancelled
  const isEditable = c.abilities.manage && isRecordOpen(c.status);
  const props = { consultation: c, isEditable };
  // a consultation is several screens long: its sections, linked from the top of the page
  const sections = [
    { id: 'info', label: t('consultations.info.title'), body: <InfoCard {...props} /> },
    { id: 'pre-study', label: t('consultations.preStudy.title'), body: <PreStudyCard {...props} /> },
    { id: 'steps', label: t('consultations.steps.title'), body: <StepsCard {...props} /> },
    { id: 'participants', label: t('consultations.participants.title'), body: <ParticipantsCard {...props} /> },
    ...(c.form === 'online'
      ? [{ id: 'online', label: t('online.title'), body: <OnlinePanel consultationId={c.id} /> }]
      : []),
    { id: 'opinions', label: t('consultations.opinions.title'), body: <OpinionsCard {...props} /> },
    { id: 'consensus', label: t('consultations.consensus.title'), body: <ConsensusCard {...props} /> },
    { id: 'dissents', label: t('consultations.dissents.title'), body: <DissentsCard {...props} /> },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Flex align="center" gap={8} wrap>
          <Typography.Text copyable className="record-code consultation-code">
            {c.code}
          </Typography.Text>
          <StatusTag status={c.status} />
          <FormTag form={c.form} />
        </Flex>
        <Typography.Title level={1} className="page-title consultation-title">
          {c.title}
        </Typography.Title>
        <ConsultationActions consultation={c} />
      </div>
      {c.status === 'cancelled' && (
        <Alert
          type="warning"
          showIcon
          title={t('consultations.detail.cancelledNote', { reason: c.cancelReason ?? t('common.none') })}
        />
      )}
      {c.status === 'concluded' && <Alert type="success" showIcon title={t('consultations.detail.concludedNote')} />}
      <SectionNav sections={sections} />
      <div className="consultation-columns">
        <div className="consultation-main">
          {sections.map((s) => (
            <section key={s.id} id={s.id} tabIndex={-1} className="page-section">
              {s.body}
            </section>
          ))}
        </div>
        <div className="consultation-side">
          {c.abilities.manage && isRecordOpen(c.status) && <SignInQrCard consultation={c} />}
          <FilesCard {...props} />
          <CaseFileCard kind="consultation" id={c.id} />
        </div>
      </div>
    </Space>
  );
}
