import type { Locale } from '../enums';

/** Error codes of the tasks module (落实、督办), merged into ERROR_MESSAGES (codes are unique across modules). */
export const TASKS_ERRORS = {
  task_outcome_not_sent: {
    'zh-CN': '成果尚未报送（{status}），报送后才能分解落实任务',
    'zh-TW': '成果尚未報送（{status}），報送後才能分解落實任務',
    en: 'This outcome has not been sent yet ({status}); set tasks once it has been sent',
  },
  task_report_not_sent: {
    'zh-CN': '成果尚未报送，报送后才能导出落实情况报告',
    'zh-TW': '成果尚未報送，報送後才能匯出落實情況報告',
    en: 'This outcome has not been sent yet; its implementation report can be exported once it has',
  },
  task_file_missing: {
    'zh-CN': '请选择要上传的文件',
    'zh-TW': '請選擇要上傳的檔案',
    en: 'Choose a file to upload',
  },
  task_file_type: {
    'zh-CN': '只能上传照片（JPG、PNG、WebP）或文档（PDF、Word、Excel）',
    'zh-TW': '只能上傳照片（JPG、PNG、WebP）或文件（PDF、Word、Excel）',
    en: 'Upload a photo (JPG, PNG, WebP) or a document (PDF, Word, Excel)',
  },
} as const satisfies Record<string, Record<Locale, string>>;
