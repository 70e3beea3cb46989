import { BulbOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** "转为议题": opens the new-topic form on /topics with the submission chosen. */
export function MakeTopicButton({ submissionId }: { submissionId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button icon={<BulbOutlined />} onClick={() => navigate(`/topics?from=${submissionId}`)}>
      {t('topics.toTopic')}
    </Button>
  );
}
