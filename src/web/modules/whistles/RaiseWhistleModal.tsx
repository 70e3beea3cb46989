import { App, DatePicker, Form, Input, Modal, Select, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { WHISTLE_PLACE_KINDS } from '../../../shared/access/whistles';
import { WHISTLE_LIMITS } from '../../../shared/api/whistles';
import { MEMBER_SECTORS, type PlaceKind } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { pickerNow } from '../../lib/deployment-day';
import { useDebounced } from '../../lib/use-debounced';
import { PlacePicker } from '../places';
import { useRaiseWhistle, useWhistleCandidates } from './api';
import type { WhistleDetail } from './types';
import { cleanWords, type RaiseValues, toRaiseInput } from './whistle-form';

type Props = { open: boolean; onClose: () => void; onRaised: (w: WhistleDetail) => void };

const DATE_TIME = 'YYYY-MM-DD HH:mm';
const isWhistlePlace = (kind: PlaceKind) => (WHISTLE_PLACE_KINDS as readonly PlaceKind[]).includes(kind);

/**
 * 吹哨求助: the place, what help is wanted, the sectors and expertise wanted, where, by when, and
 * departments to call as well; the members the whistle will call are shown as the form is filled.
 */
export function RaiseWhistleModal({ open, onClose, onRaised }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RaiseValues>();
  const raise = useRaiseWhistle();
  const placeId: string | undefined = Form.useWatch('placeId', form);
  // debounced as text: a fresh array each render would never settle
  const sectors = useDebounced(((Form.useWatch('sectors', form) as string[] | undefined) ?? []).join(','));
  const expertise = useDebounced(cleanWords(Form.useWatch('expertise', form)).join(','));
  const candidates = useWhistleCandidates(open ? placeId : undefined, sectors, expertise);

  const onFinish = (v: RaiseValues) =>
    raise.mutate(toRaiseInput(v), {
      onSuccess: (w) => {
        message.success(t('whistles.form.done', { code: w.code }));
        onRaised(w);
        onClose();
      },
      onError: (err) => showFormError(form, err, message.error),
    });

  const members = candidates.data?.members ?? [];
  return (
    <Modal
      open={open}
      title={t('whistles.raise')}
      okText={t('whistles.form.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={raise.isPending}
      width={640}
      destroyOnHidden
    >
      <Form<RaiseValues>
        form={form}
        name="raise-whistle"
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ dueAt: pickerNow().add(3, 'day').hour(18).minute(0), sectors: [], expertise: [] }}
        preserve={false}
      >
        <Form.Item
          name="placeId"
          label={t('whistles.form.place')}
          rules={[{ required: true, message: t('whistles.form.placeRequired') }]}
        >
          <PlacePicker selectable={(p) => isWhistlePlace(p.kind)} placeholder={t('whistles.form.placeHelp')} />
        </Form.Item>
        <Form.Item
          name="need"
          label={t('whistles.form.need')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('whistles.form.needRequired') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={WHISTLE_LIMITS.need}
            showCount
            placeholder={t('whistles.form.needPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="sectors" label={t('whistles.form.sectors')} extra={t('whistles.form.sectorsHelp')}>
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            options={MEMBER_SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="expertise" label={t('whistles.form.expertise')} extra={t('whistles.form.expertiseHelp')}>
          <Select mode="tags" open={false} maxCount={WHISTLE_LIMITS.expertise} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <Form.Item
          name="location"
          label={t('whistles.form.location')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('whistles.form.locationRequired') }]}
        >
          <Input maxLength={WHISTLE_LIMITS.location} placeholder={t('whistles.form.locationPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="dueAt"
          label={t('whistles.form.dueAt')}
          rules={[
            { required: true, message: t('whistles.form.dueAtRequired') },
            {
              validator: (_r, v: Dayjs | null | undefined) =>
                !v || v.isAfter(pickerNow())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('whistles.form.dueAtPast'))),
            },
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format={DATE_TIME}
            disabledDate={(d) => d.isBefore(pickerNow(), 'day')}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item
          name="departmentIds"
          label={t('whistles.form.departments')}
          extra={t('whistles.form.departmentsHelp')}
        >
          <Select
            mode="multiple"
            allowClear
            disabled={!placeId}
            optionFilterProp="label"
            loading={candidates.isFetching}
            options={(candidates.data?.departments ?? []).map((d) => ({
              value: d.id,
              label: `${d.displayName}（${d.place.name}）`,
            }))}
          />
        </Form.Item>
        {placeId && candidates.data && (
          <div className="whistle-called-preview" aria-live="polite">
            {members.length === 0 ? (
              <Typography.Text type="secondary">{t('whistles.form.calledNone')}</Typography.Text>
            ) : (
              <>
                <Typography.Text>{t('whistles.form.called', { count: members.length })}</Typography.Text>
                <div>
                  {members.map((m) => (
                    <Tag key={m.id}>
                      {m.displayName} · {t(`whistles.form.reasons.${m.reason}`)}
                    </Tag>
                  ))}
                </div>
              </>
            )}
          </div>
        )}
      </Form>
    </Modal>
  );
}
