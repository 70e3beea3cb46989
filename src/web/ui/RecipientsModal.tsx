import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Checkbox, Empty, Flex, Input, Modal, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleHolder, RoleHolders, Wire } from '../../shared/api/common';
import { api, errorMessage } from '../api/client';
import { useDebounced } from '../lib/use-debounced';

type Candidate = Wire<typeof RoleHolder>;

type Props = {
  open: boolean;
  onClose: () => void;
  /** Where the module keeps its words: `<words>.title`, `.help`, `.search`, `.recipients`, `.empty`, `.required`. */
  words: 'outcomes.send' | 'writings.forwardForm';
  /** The record's code, after the title. */
  code: string;
  okText: string;
  /**
   * The record's recipient-candidates route (`?q=` searches), and the query key its answers are kept
   * under: inside the module's, so that sending refreshes them.
   */
  candidates: { url: string; queryKey: readonly unknown[] };
  send: (accountIds: string[]) => Promise<unknown>;
  isSending: boolean;
  doneText: (count: number) => string;
};

/** 报送: search the leaders and departments serving the record's place, tick some, confirm. */
export function RecipientsModal({ open, onClose, words, code, okText, candidates, send, isSending, doneText }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const found = useQuery({
    queryKey: [...candidates.queryKey, q],
    queryFn: ({ signal }) => api<Wire<typeof RoleHolders>>(candidates.url, { query: { q }, signal }),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  // chosen people stay chosen while the search changes
  const [chosen, setChosen] = useState<Map<string, Candidate>>(new Map());
  const [isMissing, setIsMissing] = useState(false);

  const toggle = (c: Candidate, on: boolean) => {
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
    send([...chosen.keys()]).then(
      () => {
        message.success(doneText(chosen.size));
        close();
      },
      (err: unknown) => message.error(errorMessage(err)),
    );
  };
  const items = found.data?.items ?? [];

  return (
    <Modal
      open={open}
      title={`${t(`${words}.title`)} · ${code}`}
      okText={okText}
      cancelText={t('common.cancel')}
      onOk={confirm}
      onCancel={close}
      confirmLoading={isSending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`${words}.help`)}</Typography.Paragraph>
      <Input.Search
        allowClear
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        placeholder={t(`${words}.search`)}
        aria-label={t(`${words}.search`)}
        maxLength={60}
        style={{ marginBottom: 12 }}
      />
      {chosen.size > 0 && (
        <Flex wrap gap={4} style={{ marginBottom: 12 }} aria-label={t(`${words}.recipients`)}>
          {[...chosen.values()].map((c) => (
            <Tag key={c.id} closable onClose={() => toggle(c, false)}>
              {c.displayName}
            </Tag>
          ))}
        </Flex>
      )}
      <Spin spinning={found.isFetching}>
        {items.length === 0 && !found.isFetching ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`${words}.empty`)} />
        ) : (
          <Flex vertical gap={8} role="group" aria-label={t(`${words}.recipients`)}>
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
      {isMissing && <Typography.Text type="danger">{t(`${words}.required`)}</Typography.Text>}
    </Modal>
  );
}
