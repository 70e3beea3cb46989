import { App, Checkbox, Empty, Flex, Input, Modal, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useDebounced } from '../../lib/use-debounced';
import { useRecipientCandidates, useSendOutcome } from './api';
import type { OutcomeDetail, RecipientCandidate } from './types';

type Props = { outcome: OutcomeDetail; open: boolean; onClose: () => void };

/** 报送: search the leaders and departments serving the outcome's place, tick some, confirm. */
export function SendModal({ outcome, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const candidates = useRecipientCandidates(outcome.id, q, open);
  const send = useSendOutcome(outcome.id);
  // chosen people stay chosen while the search changes
  const [chosen, setChosen] = useState<Map<string, RecipientCandidate>>(new Map());
  const [isMissing, setIsMissing] = useState(false);

  const toggle = (c: RecipientCandidate, on: boolean) => {
    const next = new Map(chosen);
    if (on) next.set(c.id, c);
    else next.delete(c.id);
    setChosen(next);
    setIsMissing(false);
  };
  const close = () => {
    setChosen(new Map());
    setSearch('');
    setIsMissing(false);
    onClose();
  };
  const confirm = () => {
    if (chosen.size === 0) return setIsMissing(true);
    send.mutate([...chosen.keys()], {
      onSuccess: () => {
        message.success(t('outcomes.send.done', { count: chosen.size }));
        close();
      },
      onError: (err) => message.error(errorMessage(err)),
    });
  };
  const items = candidates.data?.items ?? [];

  return (
    <Modal
      open={open}
      title={`${t('outcomes.send.title')} · ${outcome.code}`}
      okText={t('outcomes.send.confirm')}
      cancelText={t('common.cancel')}
      onOk={confirm}
      onCancel={close}
      confirmLoading={send.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('outcomes.send.help')}</Typography.Paragraph>
      <Input.Search
        allowClear
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        placeholder={t('outcomes.send.search')}
        aria-label={t('outcomes.send.search')}
        maxLength={60}
        style={{ marginBottom: 12 }}
      />
      {chosen.size > 0 && (
        <Flex wrap gap={4} style={{ marginBottom: 12 }} aria-label={t('outcomes.send.recipients')}>
          {[...chosen.values()].map((c) => (
            <Tag key={c.id} closable onClose={() => toggle(c, false)}>
              {c.displayName}
            </Tag>
          ))}
        </Flex>
      )}
      <Spin spinning={candidates.isFetching}>
        {items.length === 0 && !candidates.isFetching ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('outcomes.send.empty')} />
        ) : (
          <Flex vertical gap={8} role="group" aria-label={t('outcomes.send.recipients')}>
            {items.map((c) => (
              <Checkbox key={c.id} checked={chosen.has(c.id)} onChange={(e) => toggle(c, e.target.checked)}>
                {c.displayName}{' '}
                <Typography.Text type="secondary">
                  {c.roles.map((r) => `${r.placeName}·${t(`roles.${r.role}`)}`).join('，')}
                </Typography.Text>
              </Checkbox>
            ))}
          </Flex>
        )}
      </Spin>
      {isMissing && <Typography.Text type="danger">{t('outcomes.send.recipientsRequired')}</Typography.Text>}
    </Modal>
  );
}
