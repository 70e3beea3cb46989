import { App, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { mayContain } from '../../../shared/labels';
import { showFormError } from '../../api/form-errors';
import { useMovePlace } from './api';
import { PlacePicker } from './PlacePicker';
import type { PlaceDetail } from './types';

type Props = { open: boolean; place: PlaceDetail; onClose: () => void };

/** Moves a place, with everything beneath it, under a parent that may hold its kind. */
export function MovePlaceModal({ open, place, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ parentId: string }>();
  const move = useMovePlace(place.id);
  const kind = t(`kinds.${place.kind}`);

  const onFinish = ({ parentId }: { parentId: string }) =>
    move.mutate(parentId, {
      onSuccess: () => {
        message.success(t('places.moved'));
        onClose();
      },
      onError: (err) => showFormError(form, err, message.error),
    });

  return (
    <Modal
      open={open}
      title={t('move.title', { name: place.name })}
      okText={t('move.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={move.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('move.hint', { name: place.name, kind })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item
          name="parentId"
          label={t('move.target')}
          rules={[{ required: true, message: t('move.targetRequired') }]}
        >
          <PlacePicker
            selectable={(p) => mayContain(p.kind, place.kind) && p.id !== place.parentId}
            excludeSubtreeOf={place.id}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
