import './writings.css';
import { Alert, App, Button, Flex, Form, Input, Radio, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { WRITING_LIMITS } from '../../../shared/api/writings';
import { WRITING_KINDS, type WritingKind } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import { useDebounced } from '../../lib/use-debounced';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useUnsavedGuard } from '../../lib/use-unsaved-guard';
import { DetailPage } from '../../ui/DetailPage';
import { useCreateWriting, useReviseWriting, useSubmissionOptions, useSubmitById, useWriting } from './api';
import type { WritingDetail } from './types';

type Values = { kind: WritingKind; title: string; body: string; submissionIds: string[] };

/** /writings/new — a member writes a 社情民意 or 提案; one column, so it works on a phone. */
export function NewWritingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('writings.form.newTitle'));
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('writings.form.newTitle')}
      </Typography.Title>
      <WritingForm />
    </>
  );
}

/** /writings/:id/edit — the author revises a draft or a returned writing. */
export function EditWritingPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useWriting(id);
  useDocumentTitle(t('writings.form.editTitle'));
  return (
    <DetailPage backTo={`/writings/${id}`} backLabel={t('writings.form.cancel')} detail={detail}>
      {detail.data && (
        <>
          <Typography.Title level={1} className="page-title">
            {t('writings.form.editTitle')}
          </Typography.Title>
          {detail.data.abilities.revise ? (
            <WritingForm key={detail.data.id} writing={detail.data} />
          ) : (
            <Alert type="warning" showIcon title={t('common.notAllowed')} />
          )}
        </>
      )}
    </DetailPage>
  );
}

function WritingForm({ writing: w }: { writing?: WritingDetail }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [isDirty, setIsDirty] = useState(false);
  const create = useCreateWriting();
  const revise = useReviseWriting(w?.id ?? '');
  const submit = useSubmitById();
  useUnsavedGuard(isDirty, {
    title: t('writings.form.leaveTitle'),
    content: t('writings.form.leaveText'),
    okText: t('writings.form.leave'),
    cancelText: t('writings.form.stay'),
  });

  /** Saves the draft (creates it the first time); the detail it became. */
  const save = async (v: Values) => {
    const body = { ...v, submissionIds: v.submissionIds ?? [] };
    const saved = w ? await revise.mutateAsync(body) : await create.mutateAsync(body);
    // rendered clean before navigating away, so the unsaved-changes guard lets the page go
    flushSync(() => setIsDirty(false));
    return saved;
  };
  const onSave = (v: Values) =>
    save(v).then(
      (saved) => {
        message.success(t(w ? 'writings.done.saved' : 'writings.done.created'));
        navigate(`/writings/${saved.id}`);
      },
      (err) => showFormError(form, err, message.error),
    );
  const onSaveAndSubmit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return; // the form marks what is missing
    }
    modal.confirm({
      title: t('writings.confirm.submitTitle'),
      content: t('writings.confirm.submitText'),
      okText: t('writings.confirm.ok'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        let saved: WritingDetail;
        try {
          saved = await save(v);
        } catch (err) {
          return showFormError(form, err, message.error);
        }
        try {
          await submit.mutateAsync(saved.id);
          message.success(t('writings.done.submitted'));
        } catch (err) {
          message.error(errorMessage(err)); // saved as a draft: it can be submitted from its page
        }
        navigate(`/writings/${saved.id}`);
      },
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="writing-form"
      onFinish={onSave}
      onValuesChange={() => setIsDirty(true)}
      initialValues={{
        kind: w?.kind ?? 'public_opinion',
        title: w?.title,
        body: w?.body,
        submissionIds: w?.submissions.map((s) => s.id) ?? [],
      }}
    >
      <Form.Item
        name="kind"
        label={t('writings.form.kind')}
        rules={[{ required: true }]}
        extra={w?.code ? t('writings.form.kindFixed') : undefined}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          disabled={Boolean(w?.code)}
          options={WRITING_KINDS.map((k) => ({ value: k, label: t(`writings.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('writings.form.title')}
        rules={[{ required: true, whitespace: true }, { min: 4 }]}
      >
        <Input maxLength={WRITING_LIMITS.title} showCount placeholder={t('writings.form.titlePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('writings.form.body')}
        rules={[{ required: true, whitespace: true }, { min: 10 }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 8, maxRows: 24 }}
          maxLength={WRITING_LIMITS.body}
          showCount
          placeholder={t('writings.form.bodyPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="submissionIds" label={t('writings.form.sources')} extra={t('writings.form.sourcesHelp')}>
        <SourcePicker initial={w?.submissions ?? []} />
      </Form.Item>
      <Flex gap={8} wrap className="writing-form-actions">
        <Button type="primary" onClick={onSaveAndSubmit} loading={submit.isPending}>
          {t('writings.form.saveAndSubmit')}
        </Button>
        <Button htmlType="submit" loading={create.isPending || revise.isPending}>
          {t('writings.form.save')}
        </Button>
        <Button onClick={() => navigate(w ? `/writings/${w.id}` : '/writings')}>{t('writings.form.cancel')}</Button>
      </Flex>
    </Form>
  );
}

type Source = { id: string; trackingCode: string; content: string };
// value, onChange and id come from the Form.Item around it (the id ties the label to the field)
type PickerProps = { initial: Source[]; id?: string; value?: string[]; onChange?: (ids: string[]) => void };

/** The submissions a writing grew from: searched among those the member may read. */
function SourcePicker({ initial, id, value, onChange }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const q = useDebounced(search.trim());
  const found = useSubmissionOptions(q, isOpen);
  // what was picked stays named while the search shows other submissions
  const [known, setKnown] = useState<Map<string, Source>>(() => new Map(initial.map((s) => [s.id, s])));
  const items = found.data?.items ?? [];
  const name = (s: Source) => `${s.trackingCode} ${s.content.length > 30 ? `${s.content.slice(0, 30)}…` : s.content}`;
  const options = [
    ...[...known.values()].filter((s) => value?.includes(s.id)),
    ...items.filter((s) => !value?.includes(s.id)),
  ].map((s) => ({ value: s.id, label: name(s) }));
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value}
      onChange={(ids) => {
        const next = new Map(known);
        for (const s of items) if (ids.includes(s.id)) next.set(s.id, s);
        setKnown(next);
        onChange?.(ids);
      }}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={setIsOpen}
      options={options}
      placeholder={t('writings.form.sourcesPlaceholder')}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? <Spin size="small" /> : undefined}
      maxCount={WRITING_LIMITS.submissions}
      style={{ width: '100%' }}
    />
  );
}
