import { type ChangeEvent, useState } from 'react';
import { useT } from '../i18n';
import { FieldError } from '../ui/Notice';
import { MAX_PHOTOS, type usePhotoUploads } from './photo-uploads';

type Uploads = ReturnType<typeof usePhotoUploads>;

/** 照片: up to three images, each uploading as soon as it is chosen, with its thumbnail and progress. */
export function PhotoField({ uploads, error }: { uploads: Uploads; error: string | undefined }) {
  const { t } = useT();
  const [pickError, setPickError] = useState<string>();
  const { photos } = uploads;
  const room = MAX_PHOTOS - photos.length;

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = ''; // the same photo can be chosen again after removing it
    const images = files.filter((f) => f.type.startsWith('image/') || /\.(hei[cf]|jpe?g|png|webp)$/i.test(f.name));
    const leftOut = uploads.add(images, room);
    setPickError(images.length < files.length ? t('photoNotImage') : leftOut > 0 ? t('photoTooMany') : undefined);
  };

  const message = pickError ?? error;
  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor="photos">{t('photosLabel')}</label>
        <span className="field-tag">{t('optional')}</span>
      </div>
      <p className="field-hint" id="photos-hint">
        {t('photosHint')}
      </p>
      <input
        id="photos"
        className="sr-only"
        type="file"
        accept="image/*"
        multiple
        disabled={room <= 0}
        aria-describedby={message ? 'photos-hint photos-error' : 'photos-hint'}
        onChange={onChange}
      />
      <ul className="photos">
        {photos.map((p, i) => (
          <li key={p.key} className={`photo photo-${p.state}`}>
            <img src={p.previewUrl} alt="" />
            {p.state === 'uploading' ? (
              <div className="photo-progress">
                <progress
                  max={1}
                  value={p.progress}
                  aria-label={t('photoUploading', { pct: Math.round(p.progress * 100) })}
                />
                <span>{Math.round(p.progress * 100)}%</span>
              </div>
            ) : null}
            {p.state === 'done' ? (
              <span className="photo-check" aria-hidden="true">
                ✓
              </span>
            ) : null}
            {p.state === 'failed' ? (
              <button type="button" className="photo-retry" onClick={() => uploads.retry(p)} title={p.error}>
                {t('photoRetry')}
              </button>
            ) : null}
            <button type="button" className="photo-remove" onClick={() => uploads.remove(p)}>
              <span aria-hidden="true">×</span>
              <span className="sr-only">{t('photoRemove', { n: i + 1 })}</span>
            </button>
          </li>
        ))}
        {room > 0 ? (
          <li className="photo photo-add">
            <label htmlFor="photos" className="photo-add-label">
              <span className="photo-add-plus" aria-hidden="true">
                +
              </span>
              {t('photosAdd')}
            </label>
          </li>
        ) : null}
      </ul>
      <FieldError id="photos-error" message={message} />
    </div>
  );
}
