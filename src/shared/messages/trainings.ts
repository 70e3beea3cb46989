import type { Locale } from '../enums';

type Texts = Record<Locale, string>;

/** Error codes of the trainings module (专题培训), merged into ERROR_MESSAGES (codes are unique across modules). */
export const TRAININGS_ERRORS = {
  training_cancelled: {
    'zh-CN': '这次培训已取消，不能再修改',
    'zh-TW': '這次培訓已取消，不能再修改',
    en: 'This training was cancelled; it can no longer be changed',
  },
  training_ends_before_start: {
    'zh-CN': '结束时间须晚于开始时间',
    'zh-TW': '結束時間須晚於開始時間',
    en: 'The end must come after the start',
  },
  training_has_attendance: {
    'zh-CN': '已有委员签到，不能取消这次培训',
    'zh-TW': '已有委員簽到，不能取消這次培訓',
    en: 'Members have signed in already; this training cannot be cancelled',
  },
  training_check_in_closed: {
    'zh-CN': '现在不在签到时间内（开始前 2 小时至结束当天）',
    'zh-TW': '現在不在簽到時間內（開始前 2 小時至結束當天）',
    en: 'Sign-in is not open now (from 2 hours before the start to the end of the last day)',
  },
  training_not_started: {
    'zh-CN': '培训尚未开始，开始前 2 小时起才能登记出勤',
    'zh-TW': '培訓尚未開始，開始前 2 小時起才能登記出勤',
    en: 'The training has not started; attendance is taken from 2 hours before the start',
  },
  training_not_a_member: {
    'zh-CN': '只有政协委员可以签到培训',
    'zh-TW': '只有政協委員可以簽到培訓',
    en: 'Only CPPCC members sign in to a training',
  },
  training_not_for_you: {
    'zh-CN': '您不在这次培训的范围内，请联系组织培训的政协机关',
    'zh-TW': '您不在這次培訓的範圍內，請聯繫組織培訓的政協機關',
    en: 'This training is not for your places; ask the CPPCC office that runs it',
  },
  training_file_missing: {
    'zh-CN': '请选择要上传的文件',
    'zh-TW': '請選擇要上傳的檔案',
    en: 'Choose a file to upload',
  },
  training_file_type: {
    'zh-CN': '只能上传 PDF、Word、Excel、PPT 或图片（JPG、PNG）',
    'zh-TW': '只能上傳 PDF、Word、Excel、PPT 或圖片（JPG、PNG）',
    en: 'Upload a PDF, Word, Excel or PowerPoint file, or a photo (JPG, PNG)',
  },
  training_too_many_files: {
    'zh-CN': '一次培训最多 {max} 个资料文件',
    'zh-TW': '一次培訓最多 {max} 個資料檔案',
    en: 'A training holds at most {max} files',
  },
} as const satisfies Record<string, Texts>;

/** The words of the hours sheet (学时统计表), in the reader's language. */
export const TRAINING_HOURS_WORDS = {
  'zh-CN': {
    sheet: (year: number) => `${year}年度学时`,
    fileName: (year: number) => `委员培训学时统计-${year}.xlsx`,
    member: '委员',
    place: '所在地点',
    invited: '受邀场次',
    attended: '出席场次',
    missed: '缺席场次',
    hours: '学时',
    total: '合计',
  },
  'zh-TW': {
    sheet: (year: number) => `${year}年度學時`,
    fileName: (year: number) => `委員培訓學時統計-${year}.xlsx`,
    member: '委員',
    place: '所在地點',
    invited: '受邀場次',
    attended: '出席場次',
    missed: '缺席場次',
    hours: '學時',
    total: '合計',
  },
  en: {
    sheet: (year: number) => `Hours ${year}`,
    fileName: (year: number) => `member-training-hours-${year}.xlsx`,
    member: 'Member',
    place: 'Place',
    invited: 'Invited',
    attended: 'Attended',
    missed: 'Missed',
    hours: 'Credit hours',
    total: 'Total',
  },
} as const satisfies Record<Locale, Record<string, string | ((year: number) => string)>>;
