import { Alert, App, Button, Card, Empty, Form, Input, InputNumber, Radio, Select, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_RULES } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import i18n from '../../i18n';
import { PlacePicker } from '../places';
import { useCouncil, useProcedures, useSaveCouncil } from './api';
import { type CouncilValues, fromCouncil, toCouncilInput } from './council-form';
import type { Council } from './types';

/** 议事会设置: choose a council's place, then its procedure, fixed meeting days and usual venue. */
export function CouncilSettings() {
  const { t } = useTranslation();
  const [placeId, setPlaceId] = useState<string>();
  const council = useCouncil(placeId);

  return (
    <Card title={t('consultations.council.title')}>
      <Typography.Paragraph type="secondary">{t('consultations.council.intro')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('consultations.council.place')} htmlFor="council-place">
          <PlacePicker
            id="council-place"
            value={placeId}
            onChange={setPlaceId}
            selectable={(p) => p.hasCouncil}
            placeholder={t('consultations.council.pickPlace')}
            style={{ maxWidth: 420 }}
          />
        </Form.Item>
      </Form>
      {placeId && council.isPending && <Skeleton active />}
      {council.isError && <Alert type="warning" showIcon title={errorMessage(council.error)} />}
      {council.data &&
        (council.data.place.hasCouncil ? (
          <CouncilForm key={council.data.place.id} council={council.data} />
        ) : (
          <Alert type="warning" showIcon title={t('consultations.council.noCouncil')} />
        ))}
    </Card>
  );
}

function CouncilForm({ council }: { council: Council }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CouncilValues>();
  const save = useSaveCouncil(council.place.id);
  const procedures = useProcedures(council.place.id);
  const rule = Form.useWatch('meetingRule', form) ?? council.meetingRule;
  const isEditable = council.abilities.edit;
  useEffect(() => form.setFieldsValue(fromCouncil(council)), [council, form]);

  const onFinish = (v: CouncilValues) =>
    save.mutate(toCouncilInput(v), {
      onSuccess: () => message.success(t('consultations.council.saved', { name: council.place.name })),
      onError: (err) => showFormError(form, err, message.error),
    });
  const options = (procedures.data?.items ?? [])
    .filter((p) => !p.isArchived || p.id === council.procedure?.id)
    .map((p) => ({ value: p.id, label: p.place ? `${p.name}（${p.place.name}）` : p.name }));
  const dayFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeZone: 'UTC' });

  return (
    <div className="council-form">
      {!isEditable && <Alert type="info" showIcon title={t('consultations.council.readOnly')} />}
      <Form<CouncilValues>
        form={form}
        name="council"
        layout="vertical"
        disabled={!isEditable}
        initialValues={fromCouncil(council)}
        onFinish={onFinish}
        style={{ maxWidth: 520, marginTop: 12 }}
      >
        <Form.Item name="procedureId" label={t('consultations.council.procedure')}>
          <Select
            allowClear
            loading={procedures.isFetching}
            placeholder={t('consultations.council.procedureNone')}
            options={options}
          />
        </Form.Item>
        <Form.Item name="meetingRule" label={t('consultations.council.rule')}>
          <Radio.Group
            options={MEETING_RULES.map((r) => ({ value: r, label: t(`consultations.council.rules.${r}`) }))}
          />
        </Form.Item>
        {rule === 'monthly' && (
          <Form.Item
            name="monthlyDay"
            label={t('consultations.council.monthlyDay')}
            rules={[{ required: true, message: t('consultations.council.monthlyDayRequired') }]}
          >
            <InputNumber min={1} max={28} precision={0} suffix={t('consultations.council.daySuffix')} />
          </Form.Item>
        )}
        <Form.Item name="defaultVenue" label={t('consultations.council.defaultVenue')}>
          <Input maxLength={200} placeholder={t('consultations.council.venuePlaceholder')} />
        </Form.Item>
        {isEditable && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        )}
      </Form>
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('consultations.council.occurrences')}
      </Typography.Title>
      {council.occurrences.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consultations.council.noOccurrences')} />
      ) : (
        <ol className="council-occurrences">
          {council.occurrences.map((day) => (
            <li key={day}>
              <time dateTime={day}>{dayFormat.format(new Date(`${day}T00:00:00Z`))}</time>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
