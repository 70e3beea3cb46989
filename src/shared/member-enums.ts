// Enumerations of members' work (委员履职) both the server and the web app use; re-exported by
// enums.ts. Codes are stable English words; the screens render them in the reader's language.

/** 委员层级: a member of the national, provincial, municipal or district/county CPPCC. */
export const MEMBER_LEVELS = ['national', 'provincial', 'municipal', 'county'] as const;
export type MemberLevel = (typeof MEMBER_LEVELS)[number];

/** 界别: the sectors a CPPCC member is elected in (the common list of a district CPPCC). */
export const MEMBER_SECTORS = [
  'cpc', // 中国共产党
  'rck', // 民革
  'dl', // 民盟
  'dna', // 民建
  'apd', // 民进
  'pwdp', // 农工党
  'zgd', // 致公党
  'jiusan', // 九三学社
  'non_party', // 无党派人士
  'youth_league', // 共青团
  'trade_union', // 总工会
  'women', // 妇联
  'youth', // 青联
  'commerce', // 工商联
  'science', // 科学技术界
  'social_science', // 社会科学界
  'economy', // 经济界
  'agriculture', // 农业和农村界
  'education', // 教育界
  'sports', // 体育界
  'press', // 新闻出版界
  'arts', // 文化艺术界
  'medicine', // 医药卫生界
  'welfare', // 社会福利和社会保障界
  'ethnic_religion', // 少数民族和宗教界
  'hk_mo_tw', // 港澳台侨界
  'special', // 特邀
] as const;
export type MemberSector = (typeof MEMBER_SECTORS)[number];

/** 政治面貌 */
export const MEMBER_PARTIES = [
  'cpc', // 中共党员
  'rck', // 民革
  'dl', // 民盟
  'dna', // 民建
  'apd', // 民进
  'pwdp', // 农工党
  'zgd', // 致公党
  'jiusan', // 九三学社
  'tdsl', // 台盟
  'non_party', // 无党派人士
  'masses', // 群众
] as const;
export type MemberParty = (typeof MEMBER_PARTIES)[number];

/** How a member is tied to a place: the 委员工作站 they belong to, or a place they 下沉 to. */
export const MEMBER_PLACE_KINDS = ['workstation', 'assigned'] as const;
export type MemberPlaceKind = (typeof MEMBER_PLACE_KINDS)[number];

/** Kinds of member group. */
export const MEMBER_GROUP_KINDS = [
  'committee', // 专门委员会 (专委会)
  'sector', // 界别组
  'council', // a council's fixed members (议事会固定成员): they prefill its invitations
  'activity', // 1+2+N 活动小组
  'district_group', // 区直组, paired with a local one
  'local_group', // 镇街组
] as const;
export type MemberGroupKind = (typeof MEMBER_GROUP_KINDS)[number];

/** A member's place in a group: 组长 (the "1"), 联络员 (the "2"), or a member (the "N"). */
export const GROUP_POSITIONS = ['lead', 'liaison', 'member'] as const;
export type GroupPosition = (typeof GROUP_POSITIONS)[number];

/** 联系群众: whom a member keeps in touch with. */
export const CONTACT_KINDS = ['household', 'resident', 'enterprise', 'sector_group'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** How a member was in touch: 走访, 电话, 座谈, 线上. */
export const CONTACT_LOG_KINDS = ['visit', 'call', 'meeting', 'online'] as const;
export type ContactLogKind = (typeof CONTACT_LOG_KINDS)[number];

/** A reception-day slot (委员接待日): on the rota, held, or missed. */
export const RECEPTION_STATUSES = ['scheduled', 'held', 'absent'] as const;
export type ReceptionStatus = (typeof RECEPTION_STATUSES)[number];

/** 吹哨报到: a whistle is open until the caller closes it (with a rating) or withdraws it. */
export const WHISTLE_STATUSES = ['open', 'closed', 'withdrawn'] as const;
export type WhistleStatus = (typeof WHISTLE_STATUSES)[number];

/** What members write themselves: 社情民意信息 and 提案. */
export const WRITING_KINDS = ['public_opinion', 'proposal'] as const;
export type WritingKind = (typeof WRITING_KINDS)[number];

/**
 * Where a member's writing stands: 草稿 → 已提交 → (退回修改 → 已提交) → 已采用 → 已报送, or 未采用.
 */
export const WRITING_STATUSES = ['draft', 'submitted', 'returned', 'adopted', 'forwarded', 'not_adopted'] as const;
export type WritingStatus = (typeof WRITING_STATUSES)[number];

/** 专题培训 or 以会代训 (a meeting that counts as training). */
export const TRAINING_KINDS = ['course', 'meeting'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/**
 * What earns (or costs) a member points in the duty ledger (履职量化考核). All but `manual` are
 * read from the records; `manual` entries carry evidence and need approval.
 */
export const DUTY_KINDS = [
  'consultation_attended', // 参加协商议事
  'opinion_given', // 发表意见
  'consultation_absent', // 无故缺席协商 (deduction)
  'topic_recommended', // 委员荐题
  'submission_entered', // 接待日/走访中录入诉求
  'contact_logged', // 联系群众记录
  'reception_held', // 接待日到岗
  'reception_absent', // 接待日缺岗 (deduction)
  'whistle_answered', // 吹哨报到
  'public_opinion_written', // 撰写社情民意
  'public_opinion_adopted', // 社情民意被采用
  'proposal_written', // 提交提案
  'training_attended', // 参加培训 (by hours)
  'manual', // 其他履职 (with evidence, approved)
] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

/** A manual ledger entry waits for approval by a liaison or the CPPCC office. */
export const DUTY_ENTRY_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type DutyEntryStatus = (typeof DUTY_ENTRY_STATUSES)[number];

/** 年度履职等次 */
export const DUTY_GRADES = ['excellent', 'competent', 'basically_competent', 'incompetent'] as const;
export type DutyGrade = (typeof DUTY_GRADES)[number];
