import { App, AutoComplete, Checkbox, Col, Form, Input, Modal, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { childKindsOf } from '../../../shared/labels';
import { showFormError } from '../../api/form-errors';
import { useCreatePlace, useUpdatePlace } from './api';
import {
  expected,
  initialValues,
  type PlaceFormMode,
  toAttributes,
  type PlaceFormValues as Values,
} from './place-form';

// local brands from the field reports; any other name may be typed
const BRANDS = ['有事好商量', '珠事好商量', '一线协商·共同缔造'].map((value) => ({ value }));
const STANDARD = ['hasSign', 'hasVenue', 'hasDuties', 'hasMechanism'] as const; // 四有
const FACILITIES = [
  ['hasWorkstation', 'places.workstation'],
  ['hasCouncil', 'places.council'],
  ['hasRoom', 'places.room'],
  ['isDemonstration', 'places.demonstration'],
] as const;

type Props = { open: boolean; mode: PlaceFormMode; onClose: () => void };

/** Adds a place under a parent, or edits one: name, code, workstation, council, room and its 四有, brand. */
export function PlaceFormModal({ open, mode, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const hasRoom = Form.useWatch('hasRoom', form);
  const parent = mode.type === 'create' ? mode.parent : undefined;
  const create = useCreatePlace();
  const update = useUpdatePlace(mode.type === 'edit' ? mode.place.id : '');
  const kinds = parent ? childKindsOf(parent.kind) : [mode.type === 'edit' ? mode.place.kind : 'grid'];

  const onFinish = (v: Values) => {
    const onError = (err: unknown) => showFormError(form, err, message.error);
    const code = v.code?.trim() || undefined;
    if (parent) {
      const body = { ...toAttributes(v), parentId: parent.id, kind: v.kind, code };
      create.mutate(body, {
        onSuccess: (p) => {
          message.success(t('places.created', { name: p.name }));
          onClose();
        },
        onError,
      });
    } else {
      update.mutate(
        { ...toAttributes(v), code },
        {
          onSuccess: () => {
            message.success(t('places.updated'));
            onClose();
          },
          onError,
        },
      );
    }
  };

  // a new place's facilities follow its kind until someone sets them by hand
  const onValuesChange = (changed: Partial<Values>) => {
    if (parent && changed.kind && !form.isFieldsTouched(['hasWorkstation', 'hasCouncil', 'hasRoom'])) {
      form.setFieldsValue(expected(changed.kind));
    }
  };

  const title =
    mode.type === 'create'
      ? t('places.addTitle', { parent: mode.parent.name })
      : t('places.editTitle', { name: mode.place.name });

  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues(mode)}
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        preserve={false}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="kind"
              label={t('places.kind')}
              rules={[{ required: true, message: t('places.kindRequired') }]}
            >
              <Select disabled={!parent} options={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="name"
              label={t('places.name')}
              rules={[{ required: true, whitespace: true, message: t('places.nameRequired') }, { max: 60 }]}
            >
              <Input maxLength={60} autoFocus />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="code"
              label={t('places.code')}
              tooltip={t('places.codeHelp')}
              rules={mode.type === 'edit' ? [{ required: true, whitespace: true }] : []}
            >
              <Input maxLength={32} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="brand" label={t('places.brand')}>
              <AutoComplete options={BRANDS} placeholder={t('places.brandPlaceholder')} maxLength={60} />
            </Form.Item>
          </Col>
          {FACILITIES.map(([name, label]) => (
            <Col xs={12} sm={6} key={name}>
              <Form.Item name={name} label={t(label)} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          ))}
        </Row>
        {hasRoom && (
          <>
            <Form.Item name={['room', 'address']} label={t('places.roomAddress')} rules={[{ max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item label={t('places.standard')}>
              <div className="checklist">
                {STANDARD.map((k) => (
                  <Form.Item key={k} name={['room', k]} valuePropName="checked" noStyle>
                    <Checkbox>{t(`places.${k}`)}</Checkbox>
                  </Form.Item>
                ))}
              </div>
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
