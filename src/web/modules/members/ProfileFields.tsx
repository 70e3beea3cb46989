import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEMBER_GENDERS } from '../../../shared/api/members';
import { MEMBER_LEVELS, MEMBER_PARTIES, MEMBER_SECTORS } from '../../../shared/enums';
import { MOBILE_RE } from '../../../shared/phone';

/** The profile's fields (委员档案), for the new-member form and the profile page alike. */
export function ProfileFields({ phoneHelp }: { phoneHelp?: string }) {
  const { t } = useTranslation();
  const required = { required: true, message: t('members.form.required') };
  const sectors = MEMBER_SECTORS.map((c) => ({ value: c, label: t(`sectors.${c}`) }));
  const levels = MEMBER_LEVELS.map((c) => ({ value: c, label: t(`members.levels.${c}`) }));
  const parties = MEMBER_PARTIES.map((c) => ({ value: c, label: t(`members.parties.${c}`) }));
  const genders = MEMBER_GENDERS.map((c) => ({ value: c, label: t(`members.genders.${c}`) }));
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="memberNo"
            label={t('members.form.memberNo')}
            extra={t('members.form.memberNoHelp')}
            rules={[
              required,
              { pattern: /^\s*[A-Za-z0-9][A-Za-z0-9-]{1,31}\s*$/, message: t('members.form.memberNoHelp') },
            ]}
          >
            <Input maxLength={32} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="gender" label={t('members.form.gender')}>
            <Select allowClear options={genders} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item name="sector" label={t('members.form.sector')} rules={[required]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={sectors} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="level" label={t('members.form.level')} rules={[required]}>
            <Select options={levels} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="party" label={t('members.form.party')} rules={[required]}>
            <Select options={parties} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={14}>
          <Form.Item name="employer" label={t('members.form.employer')} rules={[{ max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item name="position" label={t('members.form.position')} rules={[{ max: 60 }]}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="expertise" label={t('members.form.expertise')} extra={t('members.form.expertiseHelp')}>
        <Select mode="tags" open={false} maxCount={10} tokenSeparators={[',', '，', '、']} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={12} sm={6}>
          <Form.Item name="termStart" label={t('members.form.termStart')} rules={[required]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item
            name="termEnd"
            label={t('members.form.termEnd')}
            dependencies={['termStart']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_, v: number | null) =>
                  v == null || getFieldValue('termStart') == null || v >= getFieldValue('termStart')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('members.form.termOrder'))),
              }),
            ]}
          >
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="phone"
            label={t('members.form.phone')}
            extra={phoneHelp}
            rules={[{ pattern: MOBILE_RE, message: t('members.form.phoneFormat') }]}
          >
            <Input inputMode="tel" maxLength={11} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
