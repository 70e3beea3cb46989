import type { Locale } from '../enums';

/** Error codes of the writings module (社情民意, 提案), merged into ERROR_MESSAGES (codes are unique across modules). */
export const WRITINGS_ERRORS = {
  writing_not_writer: {
    'zh-CN': '只有政协委员可以撰写社情民意和提案',
    'zh-TW': '只有政協委員可以撰寫社情民意和提案',
    en: 'Only CPPCC members write public-opinion reports and proposals',
  },
  writing_locked: {
    'zh-CN': '稿件已提交，审核期间不能修改；退回后可修改再提交',
    'zh-TW': '稿件已提交，審核期間不能修改；退回後可修改再提交',
    en: 'This has been submitted and cannot be changed under review; it can be once it is returned',
  },
  writing_kind_fixed: {
    'zh-CN': '稿件提交后不能再改变类别',
    'zh-TW': '稿件提交後不能再改變類別',
    en: 'The kind cannot change once it has been submitted',
  },
  writing_already_submitted: {
    'zh-CN': '稿件已提交或已审结，不能再提交',
    'zh-TW': '稿件已提交或已審結，不能再提交',
    en: 'This has already been submitted or reviewed',
  },
  writing_not_pending: {
    'zh-CN': '稿件不在待审状态，不能退回、采用或不予采用',
    'zh-TW': '稿件不在待審狀態，不能退回、採用或不予採用',
    en: 'This is not awaiting review; it cannot be returned, adopted or declined now',
  },
  writing_edit_closed: {
    'zh-CN': '只有待审或已采用、尚未报送的稿件可以修改',
    'zh-TW': '只有待審或已採用、尚未報送的稿件可以修改',
    en: 'Only a writing under review, or adopted and not yet forwarded, can be edited',
  },
  writing_not_adopted: {
    'zh-CN': '稿件采用后才能报送',
    'zh-TW': '稿件採用後才能報送',
    en: 'Forward it once it has been adopted',
  },
} as const satisfies Record<string, Record<Locale, string>>;
