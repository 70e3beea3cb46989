import { ReloadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchChallenge } from './api';
import type { Challenge } from './types';

/**
 * The image challenge the server asks for after many sign-in attempts at a username. The SVG is
 * shown as an image (never inserted as markup), so nothing in it can run.
 */
export function SignInChallenge({ challenge, onChange }: { challenge: Challenge; onChange: (c: Challenge) => void }) {
  const { t } = useTranslation();
  const [isFetching, setIsFetching] = useState(false);
  const refresh = async () => {
    setIsFetching(true);
    try {
      onChange(await fetchChallenge());
    } catch {
      // keep the old picture: it can still be answered
    } finally {
      setIsFetching(false);
    }
  };
  return (
    <Form.Item label={t('signIn.challenge')} required>
      <Space.Compact style={{ width: '100%' }}>
        <img
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(challenge.svg)}`}
          alt={t('signIn.challengeImage')}
          height={40}
          style={{ background: '#fff', border: '1px solid #d9d9d9', borderRadius: '6px 0 0 6px' }}
        />
        <Form.Item
          name="answer"
          noStyle
          rules={[{ required: true, whitespace: true, message: t('signIn.challengeRequired') }]}
        >
          <Input size="large" autoComplete="off" autoFocus maxLength={10} aria-label={t('signIn.challenge')} />
        </Form.Item>
        <Button
          size="large"
          icon={<ReloadOutlined />}
          loading={isFetching}
          onClick={refresh}
          aria-label={t('signIn.challengeRefresh')}
          title={t('signIn.challengeRefresh')}
        />
      </Space.Compact>
    </Form.Item>
  );
}
