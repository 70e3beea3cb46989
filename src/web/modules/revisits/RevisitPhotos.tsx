import { UploadNow } from '../../ui/UploadNow';
import { revisitPhotosUrl } from './api';
import { LIMITS, PHOTO_ACCEPT } from './constants';

type Props = {
  outcomeId: string;
  /** The ids of the photos stored so far, to send with the revisit. */
  onChange: (photoIds: string[]) => void;
  /** Whether a photo is still on its way up (the revisit waits for it). */
  onBusyChange: (isBusy: boolean) => void;
};

/** A revisit's photos: each goes up at once (re-encoded by the server), the revisit sends their ids. */
export const RevisitPhotos = ({ outcomeId, onChange, onBusyChange }: Props) => (
  <UploadNow
    action={revisitPhotosUrl(outcomeId)}
    accept={PHOTO_ACCEPT}
    maxCount={LIMITS.photos}
    maxBytes={LIMITS.photoBytes}
    words="revisits.form"
    onChange={onChange}
    onBusyChange={onBusyChange}
  />
);
