import { Descriptions, Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from './types';

/** The profile as those who read it see it (a liaison, a leader, the member themselves). */
export function ProfileView({ member: m }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const p = m.profile;
  if (!p) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('members.list.noProfile')} />;
  const none = t('common.none');
  return (
    <Descriptions column={{ xs: 1, sm: 2 }} size="small">
      <Descriptions.Item label={t('members.form.memberNo')}>
        <span className="member-no">{p.memberNo ?? none}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('members.form.gender')}>
        {p.gender ? t(`members.genders.${p.gender}`) : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('members.form.sector')}>{t(`sectors.${p.sector}`)}</Descriptions.Item>
      <Descriptions.Item label={t('members.form.level')}>{t(`members.levels.${p.level}`)}</Descriptions.Item>
      <Descriptions.Item label={t('members.form.party')}>{t(`members.parties.${p.party}`)}</Descriptions.Item>
      <Descriptions.Item label={t('members.form.term')}>
        {p.termStart}–{p.termEnd}
      </Descriptions.Item>
      <Descriptions.Item label={t('members.form.employer')}>{p.employer ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('members.form.position')}>{p.position ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('members.form.expertise')} span={2}>
        {p.expertise.length > 0 ? p.expertise.map((e) => <Tag key={e}>{e}</Tag>) : none}
      </Descriptions.Item>
    </Descriptions>
  );
}
