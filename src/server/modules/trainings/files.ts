import { TRAINING_LIMITS } from '../../../shared/api/trainings';
import { attachmentStore } from '../../platform/attachments';
import { trainingFiles } from '../../platform/db/schema';
import { auditTraining, onTraining, readable } from './access';
import { MATERIAL_TYPES } from './rules';

/**
 * 培训资料: materials (PDF, Word, Excel, PowerPoint, JPG, PNG; ≤ 20 MB, up to TRAINING_LIMITS.files
 * of them) added by those who keep the session while it is not cancelled, downloaded by everyone who sees it.
 */
export const materials = attachmentStore({
  table: trainingFiles,
  recordId: trainingFiles.trainingId,
  recordValues: (trainingId) => ({ trainingId }),
  folder: 'trainings',
  types: MATERIAL_TYPES,
  maxBytes: TRAINING_LIMITS.fileBytes,
  maxFiles: { count: TRAINING_LIMITS.files, code: 'training_too_many_files' },
  typeCode: 'training_file_type',
  readable,
  write: onTraining,
  audit: auditTraining,
});
