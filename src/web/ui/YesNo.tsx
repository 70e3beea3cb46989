import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** ✓ 是 / – 否, readable without colour. */
export function YesNo({ value, yes, no }: { value: boolean; yes?: string; no?: string }) {
  const { t } = useTranslation();
  return value ? (
    <span>
      <CheckCircleFilled className="check-yes" /> {yes ?? t('common.yes')}
    </span>
  ) : (
    <span>
      <MinusCircleOutlined className="check-no" /> {no ?? t('common.no')}
    </span>
  );
}
