import { attachmentStore } from '../../platform/attachments';
import { consultationFiles } from '../../platform/db/schema';
import { auditConsultation, readable, writeRecord } from './access';
import { FILE_TYPES } from './rules';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** 附件: documents and photos (PDF, Word, Excel, JPG, PNG; ≤ 5 MB) on the record while it is open. */
export const attachments = attachmentStore({
  table: consultationFiles,
  recordId: consultationFiles.consultationId,
  recordValues: (consultationId) => ({ consultationId }),
  folder: 'consultations',
  types: FILE_TYPES,
  maxBytes: MAX_FILE_BYTES,
  typeCode: 'consultation_file_type',
  readable,
  write: writeRecord,
  audit: auditConsultation,
});
