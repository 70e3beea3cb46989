import {
  DragOutlined,
  EditOutlined,
  InboxOutlined,
  PlusOutlined,
  QrcodeOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { App, Button, Dropdown, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { childKindsOf } from '../../../shared/labels';
import { errorMessage } from '../../api/client';
import { useArchivePlace } from './api';
import { MovePlaceModal } from './MovePlaceModal';
import { PlaceFormModal } from './PlaceFormModal';
import type { PlaceDetail } from './types';

type Dialog = 'create' | 'edit' | 'move' | null;

/** The buttons the server's `abilities` allow for this place, with their dialogs. */
export function PlaceActions({ place }: { place: PlaceDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const archive = useArchivePlace(place.id);
  const { abilities } = place;
  const live = !place.archivedAt;
  const close = () => setDialog(null);

  const setArchived = async (archived: boolean) => {
    try {
      await archive.mutateAsync(archived);
      message.success(archived ? t('places.archivedDone') : t('places.restored'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      <Space wrap>
        {abilities.createChild && live && childKindsOf(place.kind).length > 0 && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
            {t('places.addChild')}
          </Button>
        )}
        {live && (
          // every place has a QR code opening its residents' page (码上建议)
          <Dropdown
            menu={{
              items: [
                { key: 'png', label: <a href={`/api/places/${place.id}/qr.png`}>{t('places.qrPng')}</a> },
                {
                  key: 'poster',
                  label: (
                    <a href={`/api/places/${place.id}/poster`} target="_blank" rel="noreferrer">
                      {t('places.poster')}
                    </a>
                  ),
                },
                {
                  key: 'page',
                  label: (
                    <a href={`/s/${place.code}`} target="_blank" rel="noreferrer">
                      {t('places.openPage')}
                    </a>
                  ),
                },
              ],
            }}
          >
            <Button icon={<QrcodeOutlined />}>{t('places.qr')}</Button>
          </Dropdown>
        )}
        {abilities.update && live && (
          <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
            {t('places.edit')}
          </Button>
        )}
        {abilities.move && live && (
          <Button icon={<DragOutlined />} onClick={() => setDialog('move')}>
            {t('places.move')}
          </Button>
        )}
        {abilities.archive && live && (
          <Popconfirm
            title={t('places.archiveConfirm', { name: place.name })}
            okText={t('places.archive')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => setArchived(true)}
          >
            <Button danger icon={<InboxOutlined />}>
              {t('places.archive')}
            </Button>
          </Popconfirm>
        )}
        {abilities.archive && !live && (
          <Popconfirm
            title={t('places.restoreConfirm', { name: place.name })}
            okText={t('places.restore')}
            cancelText={t('common.cancel')}
            onConfirm={() => setArchived(false)}
          >
            <Button icon={<UndoOutlined />}>{t('places.restore')}</Button>
          </Popconfirm>
        )}
      </Space>
      <PlaceFormModal open={dialog === 'create'} mode={{ type: 'create', parent: place }} onClose={close} />
      <PlaceFormModal open={dialog === 'edit'} mode={{ type: 'edit', place }} onClose={close} />
      <MovePlaceModal open={dialog === 'move'} place={place} onClose={close} />
    </>
  );
}
