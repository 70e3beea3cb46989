import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useAddConsensus, useDeleteEntry, useEditConsensus } from './api';
import type { ConsensusItem, ConsultationDetail } from './types';

const MAX = 1000;

/** 共识: the numbered consensus items; deleting one renumbers those after it. */
export function ConsensusCard({
  consultation: c,
  isEditable,
}: {
  consultation: ConsultationDetail;
  isEditable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const add = useAddConsensus(c.id);
  const remove = useDeleteEntry(c.id, 'consensus');
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const fail = (err: unknown) => message.error(errorMessage(err));

  const submit = () => {
    const text = draft.trim();
    if (!text) return setError(t('consultations.consensus.textRequired'));
    add.mutate(text, {
      onSuccess: () => {
        setDraft('');
        setError(undefined);
      },
      onError: (err) => setError(errorMessage(err)),
    });
  };

  return (
    <Card size="small" title={t('consultations.consensus.title')}>
      {c.consensus.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consultations.consensus.empty')} />
      ) : (
        <ol className="consensus-list">
          {c.consensus.map((item) => (
            <ConsensusRow
              key={item.id}
              consultationId={c.id}
              item={item}
              isEditable={isEditable}
              onDelete={() => remove.mutate(item.id, { onError: fail })}
            />
          ))}
        </ol>
      )}
      {isEditable && (
        <div className="record-form">
          <label htmlFor="consensus-new" className="field-label">
            {t('consultations.consensus.text')}
          </label>
          <Input.TextArea
            id="consensus-new"
            value={draft}
            status={error ? 'error' : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              setError(undefined);
            }}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={MAX}
            placeholder={t('consultations.consensus.placeholder', { n: c.consensus.length + 1 })}
          />
          {error && <div className="field-error">{error}</div>}
          <Button icon={<PlusOutlined />} loading={add.isPending} onClick={submit} className="record-submit">
            {t('consultations.consensus.add')}
          </Button>
        </div>
      )}
    </Card>
  );
}

function ConsensusRow({
  consultationId,
  item,
  isEditable,
  onDelete,
}: {
  consultationId: string;
  item: ConsensusItem;
  isEditable: boolean;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const edit = useEditConsensus(consultationId);
  const [draft, setDraft] = useState<string>();

  const save = () => {
    const text = draft?.trim();
    if (!text) return message.error(t('consultations.consensus.textRequired'));
    edit.mutate(
      { cid: item.id, text },
      { onSuccess: () => setDraft(undefined), onError: (err) => message.error(errorMessage(err)) },
    );
  };

  return (
    <li value={item.number}>
      {draft === undefined ? (
        <div className="record-head">
          <Typography.Text className="pre-wrap consensus-text">{item.text}</Typography.Text>
          {isEditable && (
            <Space size={0}>
              <Button size="small" type="text" icon={<EditOutlined />} onClick={() => setDraft(item.text)}>
                {t('consultations.consensus.edit')}
              </Button>
              <Popconfirm
                title={t('consultations.consensus.deleteConfirm', { n: item.number })}
                okText={t('consultations.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={onDelete}
              >
                <Button size="small" type="text" danger icon={<DeleteOutlined />}>
                  {t('consultations.delete')}
                </Button>
              </Popconfirm>
            </Space>
          )}
        </div>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            aria-label={t('consultations.consensus.editLabel', { n: item.number })}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={MAX}
          />
          <Space>
            <Button type="primary" size="small" loading={edit.isPending} onClick={save}>
              {t('common.save')}
            </Button>
            <Button size="small" onClick={() => setDraft(undefined)}>
              {t('common.cancel')}
            </Button>
          </Space>
        </Space>
      )}
    </li>
  );
}
