import { FilesCard as AttachedFilesCard } from '../../ui/FilesCard';
import { consultationUrl, useDeleteEntry, useRefreshConsultation } from './api';
import { FILE_ACCEPT, MAX_FILE_BYTES } from './record-rules';
import type { ConsultationDetail } from './types';

/** 附件: documents and photos of the consultation, uploaded with progress, downloaded by link. */
export function FilesCard({ consultation: c, isEditable }: { consultation: ConsultationDetail; isEditable: boolean }) {
  const refresh = useRefreshConsultation();
  const remove = useDeleteEntry(c.id, 'files');
  return (
    <AttachedFilesCard
      words="consultations.files"
      files={c.files}
      url={consultationUrl(c.id, '/files')}
      accept={FILE_ACCEPT}
      maxBytes={MAX_FILE_BYTES}
      isEditable={isEditable}
      onUploaded={refresh}
      onDelete={remove.mutateAsync}
    />
  );
}
