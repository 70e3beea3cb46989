// This feature's phone texts, merged into the residents' app dictionaries (keys unique across features).
const zhCN = {
  outcomesTitle: '协商成果',
  outcomesIntro: '您反映的事项已列为议题协商，形成的成果已报送党委政府和有关部门。',
  outcomeSentAt: '报送于 {date}',
  outcomeConsensus: '协商共识',
  outcomeReplied: '已收到答复',
  outcomeInstructed: '领导已批示',
  outcomeType_recommendation: '建议案',
  outcomeType_special_report: '专项报告',
  outcomeType_public_opinion: '社情民意信息',
  outcomeType_proposal: '提案',
  outcomeType_village_rules: '村规民约',
  outcomeType_agreement: '协议/办法',
};

type Keys = Record<keyof typeof zhCN, string>;

export const messages: { 'zh-CN': Keys; 'zh-TW': Keys; en: Keys } = {
  'zh-CN': zhCN,
  'zh-TW': {
    outcomesTitle: '協商成果',
    outcomesIntro: '您反映的事項已列為議題協商，形成的成果已報送黨委政府和有關部門。',
    outcomeSentAt: '報送於 {date}',
    outcomeConsensus: '協商共識',
    outcomeReplied: '已收到答覆',
    outcomeInstructed: '領導已批示',
    outcomeType_recommendation: '建議案',
    outcomeType_special_report: '專項報告',
    outcomeType_public_opinion: '社情民意資訊',
    outcomeType_proposal: '提案',
    outcomeType_village_rules: '村規民約',
    outcomeType_agreement: '協議/辦法',
  },
  en: {
    outcomesTitle: 'Outcomes of the consultation',
    outcomesIntro:
      'What you raised was taken up as a topic for consultation. What was agreed has been sent to the party committee, the government and the departments concerned.',
    outcomeSentAt: 'Sent on {date}',
    outcomeConsensus: 'What was agreed',
    outcomeReplied: 'Reply received',
    outcomeInstructed: 'Instructed by a leader',
    outcomeType_recommendation: 'Recommendation',
    outcomeType_special_report: 'Special report',
    outcomeType_public_opinion: 'Public opinion brief',
    outcomeType_proposal: 'Proposal',
    outcomeType_village_rules: 'Village rules',
    outcomeType_agreement: 'Agreement',
  },
};
