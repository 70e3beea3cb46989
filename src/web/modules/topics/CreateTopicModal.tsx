import { useQuery } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type PlaceKind, TOPIC_URGENCIES, type TopicSource, type TopicUrgency } from '../../../shared/enums';
import { api } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import { useMe } from '../auth/api';
import { PlacePicker } from '../places';
import { useCreateTopic } from './api';
import { CandidatePicker } from './CandidatePicker';
import { GroupPicker } from './GroupPicker';
import { raisableSources } from './roles';

/** What opens the form already filled in: a submission ("转为议题"), a screening group. */
export type CreateSeed = { source?: TopicSource; placeId?: string; submissionIds?: string[]; title?: string };

type Values = {
  source: TopicSource;
  placeId: string;
  title: string;
  description?: string;
  urgency: TopicUrgency;
  submissionIds?: string[];
};

const COUNCIL_KINDS: readonly PlaceKind[] = ['township', 'subdistrict', 'village', 'community'];

/** 新建议题: the sources one's roles allow; from submissions or a screening group, with the items behind it. */
export function CreateTopicModal({ seed, onClose }: { seed: CreateSeed | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const me = useMe();
  const create = useCreateTopic();
  const sources = raisableSources(me.data);
  const source = Form.useWatch('source', form);
  const placeId = Form.useWatch('placeId', form);
  // "转为议题" from a submission: its council is likely the place it was sorted to
  const fromId = seed?.source === 'submission' && !seed.placeId ? seed.submissionIds?.[0] : undefined;
  const from = useQuery({
    queryKey: ['submissions', 'detail', fromId ?? ''],
    queryFn: ({ signal }) => api<{ place: { id: string; kind: PlaceKind } }>(`/api/submissions/${fromId}`, { signal }),
    enabled: Boolean(fromId) && seed !== null,
  });
  const fromPlace = from.data && COUNCIL_KINDS.includes(from.data.place.kind) ? from.data.place.id : undefined;

  const onFinish = (v: Values) =>
    create.mutate(
      {
        source: v.source,
        placeId: v.placeId,
        title: v.title.trim(),
        description: v.description?.trim() ?? '',
        urgency: v.urgency,
        submissionIds: v.source === 'submission' || v.source === 'grid_screening' ? (v.submissionIds ?? []) : [],
      },
      {
        onSuccess: (topic) => {
          message.success(t('topics.create.created', { code: topic.code }));
          onClose();
          navigate(`/topics/${topic.id}`);
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  const initial: Partial<Values> = {
    source: seed?.source && sources.includes(seed.source) ? seed.source : sources[0],
    placeId: seed?.placeId ?? fromPlace,
    title: seed?.title,
    urgency: 'minor',
    submissionIds: seed?.submissionIds ?? [],
  };

  return (
    <Modal
      open={seed !== null}
      title={t('topics.create.title')}
      okText={t('topics.create.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={760}
      destroyOnHidden
    >
      <Form
        // filled in again once the submission's place is known (it usually is: the page just showed it)
        key={fromPlace ?? 'form'}
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={initial}
        preserve={false}
        // the items behind a topic depend on its source, and a group on its place: choose again
        onValuesChange={(changed: Partial<Values>) => {
          const regrouped = 'placeId' in changed && form.getFieldValue('source') === 'grid_screening';
          if ('source' in changed || regrouped) form.setFieldValue('submissionIds', []);
        }}
      >
        <Form.Item name="source" label={t('topics.source')} rules={[{ required: true }]}>
          <Select options={sources.map((s) => ({ value: s, label: t(`topics.sources.${s}`) }))} />
        </Form.Item>
        <Form.Item
          name="placeId"
          label={t('topics.place')}
          extra={t('topics.create.placeHelp')}
          rules={[{ required: true, message: t('topics.create.placeRequired') }]}
        >
          <PlacePicker selectable={(p) => p.hasCouncil} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('topics.titleField')}
          rules={[{ required: true, whitespace: true, min: 4, max: 80, message: t('topics.create.titleRequired') }]}
        >
          <Input maxLength={80} showCount />
        </Form.Item>
        <Form.Item name="description" label={t('topics.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('topics.create.descriptionPlaceholder')} />
        </Form.Item>
        <Form.Item name="urgency" label={t('topics.urgency')} extra={t('topics.create.urgencyHelp')}>
          <Radio.Group
            optionType="button"
            options={TOPIC_URGENCIES.map((u) => ({ value: u, label: t(`topics.urgencies.${u}`) }))}
          />
        </Form.Item>
        {source === 'submission' && (
          <Form.Item
            name="submissionIds"
            label={t('topics.create.submissions')}
            extra={t('topics.create.submissionsHelp')}
            rules={[{ required: true, type: 'array', min: 1, message: t('topics.create.submissionsRequired') }]}
          >
            <CandidatePicker placeId={placeId} />
          </Form.Item>
        )}
        {source === 'grid_screening' && (
          <Form.Item
            name="submissionIds"
            label={t('topics.create.group')}
            rules={[{ required: true, type: 'array', min: 1, message: t('topics.create.groupRequired') }]}
          >
            <GroupPicker placeId={placeId} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
