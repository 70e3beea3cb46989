import type { Locale, MemberSector } from '../enums';

/**
 * 界别 as people read them, per language (codes: shared/member-enums MEMBER_SECTORS) — the one table
 * the console, the roster's Excel file (its drop-downs, and what an import reads) and the residents'
 * pages use. The parties and people's organisations go by their names; the other sectors by the
 * CPPCC's "…界".
 */
export const SECTOR_LABELS = {
  cpc: { 'zh-CN': '中国共产党', 'zh-TW': '中國共產黨', en: 'Communist Party of China' },
  rck: { 'zh-CN': '民革', 'zh-TW': '民革', en: 'Revolutionary Committee of the Chinese Kuomintang' },
  dl: { 'zh-CN': '民盟', 'zh-TW': '民盟', en: 'China Democratic League' },
  dna: { 'zh-CN': '民建', 'zh-TW': '民建', en: 'China National Democratic Construction Association' },
  apd: { 'zh-CN': '民进', 'zh-TW': '民進', en: 'China Association for Promoting Democracy' },
  pwdp: { 'zh-CN': '农工党', 'zh-TW': '農工黨', en: "Chinese Peasants' and Workers' Democratic Party" },
  zgd: { 'zh-CN': '致公党', 'zh-TW': '致公黨', en: 'China Zhi Gong Party' },
  jiusan: { 'zh-CN': '九三学社', 'zh-TW': '九三學社', en: 'Jiusan Society' },
  non_party: { 'zh-CN': '无党派人士', 'zh-TW': '無黨派人士', en: 'Without party affiliation' },
  youth_league: { 'zh-CN': '共青团', 'zh-TW': '共青團', en: 'Communist Youth League' },
  trade_union: { 'zh-CN': '总工会', 'zh-TW': '總工會', en: 'Trade unions' },
  women: { 'zh-CN': '妇联', 'zh-TW': '婦聯', en: "Women's Federation" },
  youth: { 'zh-CN': '青联', 'zh-TW': '青聯', en: 'Youth Federation' },
  commerce: { 'zh-CN': '工商联', 'zh-TW': '工商聯', en: 'Federation of Industry and Commerce' },
  science: { 'zh-CN': '科学技术界', 'zh-TW': '科學技術界', en: 'Science and technology' },
  social_science: { 'zh-CN': '社会科学界', 'zh-TW': '社會科學界', en: 'Social sciences' },
  economy: { 'zh-CN': '经济界', 'zh-TW': '經濟界', en: 'Economy' },
  agriculture: { 'zh-CN': '农业和农村界', 'zh-TW': '農業和農村界', en: 'Agriculture and rural affairs' },
  education: { 'zh-CN': '教育界', 'zh-TW': '教育界', en: 'Education' },
  sports: { 'zh-CN': '体育界', 'zh-TW': '體育界', en: 'Sports' },
  press: { 'zh-CN': '新闻出版界', 'zh-TW': '新聞出版界', en: 'Press and publishing' },
  arts: { 'zh-CN': '文化艺术界', 'zh-TW': '文化藝術界', en: 'Culture and arts' },
  medicine: { 'zh-CN': '医药卫生界', 'zh-TW': '醫藥衛生界', en: 'Medicine and health' },
  welfare: { 'zh-CN': '社会福利和社会保障界', 'zh-TW': '社會福利和社會保障界', en: 'Social welfare and security' },
  ethnic_religion: { 'zh-CN': '少数民族和宗教界', 'zh-TW': '少數民族和宗教界', en: 'Ethnic minorities and religion' },
  hk_mo_tw: { 'zh-CN': '港澳台侨界', 'zh-TW': '港澳台僑界', en: 'Hong Kong, Macao, Taiwan and overseas Chinese' },
  special: { 'zh-CN': '特邀', 'zh-TW': '特邀', en: 'Specially invited' },
} as const satisfies Record<MemberSector, Record<Locale, string>>;

/** A sector code as read in `locale`; null for none or a code no longer listed. */
export const sectorLabel = (code: string | null, locale: Locale) =>
  code && code in SECTOR_LABELS ? SECTOR_LABELS[code as MemberSector][locale] : null;
