// The office's dialogs on a writing: returning or declining it with a reason, editing it in review
// (kept as a version note), and forwarding it (报送).
import { App, Checkbox, Empty, Flex, Form, Input, Modal, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WRITING_LIMITS } from '../../../shared/api/writings';
import { errorMessage } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import { useDebounced } from '../../lib/use-debounced';
import { useRecipientCandidates, useStep } from './api';
import type { EditWritingInput, WritingCandidate, WritingDetail } from './types';

type Props = { writing: WritingDetail; open: boolean; onClose: () => void };

/** 退回修改 or 不予采用: both say why. */
export function ReasonModal({ writing: w, open, onClose, step }: Props & { step: 'return' | 'decline' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const take = useStep(w.id, step);
  const onFinish = (v: { reason: string }) =>
    take.mutate(v, {
      onSuccess: () => {
        message.success(t(step === 'return' ? 'writings.done.returned' : 'writings.done.declined'));
        onClose();
      },
      onError: (err) => showFormError(form, err, message.error),
    });
  return (
    <Modal
      open={open}
      title={`${t(step === 'return' ? 'writings.reason.returnTitle' : 'writings.reason.declineTitle')} · ${w.code ?? ''}`}
      okText={t(`writings.actions.${step}`)}
      okButtonProps={{ danger: step === 'decline' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={take.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item
          name="reason"
          label={t('writings.reason.label')}
          rules={[{ required: true, whitespace: true }, { min: 2 }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={WRITING_LIMITS.reason}
            showCount
            placeholder={t(
              step === 'return' ? 'writings.reason.returnPlaceholder' : 'writings.reason.declinePlaceholder',
            )}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 审核修改: the office changes the title or text; the member sees before and after in the steps. */
export function EditModal({ writing: w, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditWritingInput>();
  const edit = useStep(w.id, 'edit');
  const onFinish = (v: EditWritingInput) =>
    edit.mutate(
      { title: v.title, body: v.body, note: v.note || undefined },
      {
        onSuccess: () => {
          message.success(t('writings.done.edited'));
          onClose();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );
  return (
    <Modal
      open={open}
      title={`${t('writings.editForm.title')} · ${w.code ?? ''}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={edit.isPending}
      width={760}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('writings.editForm.help')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{ title: w.title, body: w.body }}
      >
        <Form.Item
          name="title"
          label={t('writings.form.title')}
          rules={[{ required: true, whitespace: true }, { min: 4 }]}
        >
          <Input maxLength={WRITING_LIMITS.title} showCount />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('writings.form.body')}
          rules={[{ required: true, whitespace: true }, { min: 10 }]}
        >
          <Input.TextArea autoSize={{ minRows: 8, maxRows: 20 }} maxLength={WRITING_LIMITS.body} showCount />
        </Form.Item>
        <Form.Item name="note" label={t('writings.editForm.note')}>
          <Input maxLength={WRITING_LIMITS.note} placeholder={t('writings.editForm.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 报送: search the leaders and departments serving its place, tick some, confirm. */
export function ForwardModal({ writing: w, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const candidates = useRecipientCandidates(w.id, q, open);
  const forward = useStep(w.id, 'forward');
  // chosen people stay chosen while the search changes
  const [chosen, setChosen] = useState<Map<string, WritingCandidate>>(new Map());
  const [isMissing, setIsMissing] = useState(false);
  const toggle = (c: WritingCandidate, on: boolean) => {
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
    forward.mutate(
      { accountIds: [...chosen.keys()] },
      {
        onSuccess: () => {
          message.success(t('writings.done.forwarded', { count: chosen.size }));
          close();
        },
        onError: (err) => message.error(errorMessage(err)),
      },
    );
  };
  const items = candidates.data?.items ?? [];
  return (
    <Modal
      open={open}
      title={`${t('writings.forwardForm.title')} · ${w.code ?? ''}`}
      okText={t('writings.actions.forward')}
      cancelText={t('common.cancel')}
      onOk={confirm}
      onCancel={close}
      confirmLoading={forward.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('writings.forwardForm.help')}</Typography.Paragraph>
      <Input.Search
        allowClear
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        placeholder={t('writings.forwardForm.search')}
        aria-label={t('writings.forwardForm.search')}
        maxLength={60}
        style={{ marginBottom: 12 }}
      />
      {chosen.size > 0 && (
        <Flex wrap gap={4} style={{ marginBottom: 12 }} aria-label={t('writings.forwardForm.recipients')}>
          {[...chosen.values()].map((c) => (
            <Tag key={c.id} closable onClose={() => toggle(c, false)}>
              {c.displayName}
            </Tag>
          ))}
        </Flex>
      )}
      <Spin spinning={candidates.isFetching}>
        {items.length === 0 && !candidates.isFetching ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('writings.forwardForm.empty')} />
        ) : (
          <Flex vertical gap={8} role="group" aria-label={t('writings.forwardForm.recipients')}>
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
      {isMissing && <Typography.Text type="danger">{t('writings.forwardForm.required')}</Typography.Text>}
    </Modal>
  );
}
