import { UploadNow } from '../../ui/UploadNow';
import { taskFilesUrl } from './api';
import { FILE_ACCEPT, LIMITS } from './constants';

type Props = {
  taskId: string;
  /** The ids of the files stored so far, to send with the report. */
  onChange: (fileIds: string[]) => void;
  /** Whether a file is still on its way up (the report waits for it). */
  onBusyChange: (isBusy: boolean) => void;
};

/** Photos and files for a progress or completion report: each goes up at once, the report sends their ids. */
export const ReportFiles = ({ taskId, onChange, onBusyChange }: Props) => (
  <UploadNow
    action={taskFilesUrl(taskId)}
    accept={FILE_ACCEPT}
    maxCount={LIMITS.filesPerReport}
    maxBytes={LIMITS.fileBytes}
    words="tasks.act"
    onChange={onChange}
    onBusyChange={onBusyChange}
  />
);
