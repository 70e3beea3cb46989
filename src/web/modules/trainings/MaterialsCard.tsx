import { TRAINING_LIMITS } from '../../../shared/api/trainings';
import { FilesCard } from '../../ui/FilesCard';
import { trainingUrl, useDeleteMaterial, useRefreshTraining } from './api';
import type { TrainingDetail } from './types';

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.jpg,.jpeg,.png';

/** 培训资料: slides and handouts, uploaded by those who keep the session, downloaded by everyone who sees it. */
export function MaterialsCard({ training: d }: { training: TrainingDetail }) {
  const refresh = useRefreshTraining(d.id);
  const remove = useDeleteMaterial(d.id);
  return (
    <FilesCard
      words="trainings.files"
      files={d.files}
      url={trainingUrl(d.id, '/files')}
      accept={ACCEPT}
      maxBytes={TRAINING_LIMITS.fileBytes}
      isEditable={d.abilities.manage}
      onUploaded={refresh}
      onDelete={remove.mutateAsync}
    />
  );
}
