import type { ConsultationStatus, Locale } from '../enums';

type Texts = Record<Locale, string>;

/** Consultation statuses in words, for error messages that name the status ({status} params). */
export const CONSULTATION_STATUS_WORDS = {
  scheduled: { 'zh-CN': '已安排', 'zh-TW': '已安排', en: 'scheduled' },
  in_progress: { 'zh-CN': '进行中', 'zh-TW': '進行中', en: 'in progress' },
  concluded: { 'zh-CN': '已结束', 'zh-TW': '已結束', en: 'concluded' },
  cancelled: { 'zh-CN': '已取消', 'zh-TW': '已取消', en: 'cancelled' },
} as const satisfies Record<ConsultationStatus, Texts>;

/** Error codes of the consultations module, merged into ERROR_MESSAGES (codes are unique across modules). */
export const CONSULTATIONS_ERRORS = {
  consultation_closed: {
    'zh-CN': '协商活动{status}，记录不能再修改',
    'zh-TW': '協商活動{status}，記錄不能再修改',
    en: 'This consultation is {status}; its record can no longer be changed',
  },
  consultation_steps_open: {
    'zh-CN': '还有必选步骤未完成：{steps}',
    'zh-TW': '還有必選步驟未完成：{steps}',
    en: 'Required steps are still open: {steps}',
  },
  consultation_step_after_meeting: {
    'zh-CN': '“{step}”在会后由成果落实任务完成，不在会议记录中办理',
    'zh-TW': '「{step}」在會後由成果落實任務完成，不在會議記錄中辦理',
    en: '“{step}” is carried out after the meeting, by the outcome’s tasks, not in the meeting record',
  },
  consultation_no_consensus: {
    'zh-CN': '请先记录至少一条共识，再结束协商',
    'zh-TW': '請先記錄至少一條共識，再結束協商',
    en: 'Record at least one consensus item before concluding',
  },
  consultation_place_not_council: {
    'zh-CN': '所选地点没有协商议事会，或不在议题所属地点范围内',
    'zh-TW': '所選地點沒有協商議事會，或不在議題所屬地點範圍內',
    en: "The chosen place has no council or lies outside the topic's place",
  },
  consultation_ends_before_start: {
    'zh-CN': '结束时间须晚于开始时间',
    'zh-TW': '結束時間須晚於開始時間',
    en: 'The end must come after the start',
  },
  consultation_online_needs_end: {
    'zh-CN': '网络协商须设定截止时间',
    'zh-TW': '網路協商須設定截止時間',
    en: 'An online consultation needs a closing time',
  },
  consultation_participant_exists: {
    'zh-CN': '该人员已在参加人员名单中',
    'zh-TW': '該人員已在參加人員名單中',
    en: 'This person is already on the list',
  },
  consultation_participant_name_required: {
    'zh-CN': '没有账号的参加人员须填写姓名',
    'zh-TW': '沒有帳號的參加人員須填寫姓名',
    en: 'A participant without an account needs a name',
  },
  consultation_not_invited: {
    'zh-CN': '您不在本次协商的邀请名单中',
    'zh-TW': '您不在本次協商的邀請名單中',
    en: 'You are not invited to this consultation',
  },
  consultation_file_type: {
    'zh-CN': '只能上传 PDF、Word、Excel、JPG 或 PNG 文件',
    'zh-TW': '只能上傳 PDF、Word、Excel、JPG 或 PNG 檔案',
    en: 'Only PDF, Word, Excel, JPG or PNG files can be attached',
  },
  consultation_file_missing: {
    'zh-CN': '请选择要上传的文件',
    'zh-TW': '請選擇要上傳的檔案',
    en: 'Choose a file to upload',
  },
  attendance_closed: {
    'zh-CN': '签到未开放或已结束（开始前 2 小时至当天结束可签到）',
    'zh-TW': '簽到未開放或已結束（開始前 2 小時至當天結束可簽到）',
    en: 'Sign-in is not open (it opens 2 hours before the start and closes at the end of that day)',
  },
  procedure_built_in: {
    'zh-CN': '内置议事规程不能修改',
    'zh-TW': '內建議事規程不能修改',
    en: 'Built-in procedures cannot be changed',
  },
  procedure_step_count: {
    'zh-CN': '议事规程须有 1 至 12 个步骤',
    'zh-TW': '議事規程須有 1 至 12 個步驟',
    en: 'A procedure has 1 to 12 steps',
  },
  procedure_step_name_length: {
    'zh-CN': '步骤名称须为 1 至 30 个字',
    'zh-TW': '步驟名稱須為 1 至 30 個字',
    en: 'Step names have 1 to 30 characters',
  },
  procedure_step_duplicate: {
    'zh-CN': '步骤名称不能重复',
    'zh-TW': '步驟名稱不能重複',
    en: 'Step names must be different',
  },
  procedure_no_required_step: {
    'zh-CN': '至少要有一个会上进行的必选步骤',
    'zh-TW': '至少要有一個會上進行的必選步驟',
    en: 'At least one step held in the meeting must be required',
  },
  procedure_not_offered: {
    'zh-CN': '该议事规程在此地点不可用（已归档或不属于本级及上级）',
    'zh-TW': '該議事規程在此地點不可用（已封存或不屬於本級及上級）',
    en: 'This procedure is not available here (archived, or kept elsewhere)',
  },
  council_missing: {
    'zh-CN': '该地点没有协商议事会',
    'zh-TW': '該地點沒有協商議事會',
    en: 'This place has no council',
  },
  council_monthly_day_required: {
    'zh-CN': '“月月谈”须选择每月的日期（1–28 日）',
    'zh-TW': '「月月談」須選擇每月的日期（1–28 日）',
    en: 'A monthly council needs its day of the month (1–28)',
  },
} as const satisfies Record<string, Texts>;
