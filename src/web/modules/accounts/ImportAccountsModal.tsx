import { useTranslation } from 'react-i18next';
import { ImportModal } from '../../ui/ImportModal';
import { IMPORT_TEMPLATE_URL, useImportAccounts } from './api';

type Props = { open: boolean; onClose: () => void };

/** Upload a sheet of accounts, each with its role at a place: check it first, then import all rows or none. */
export function ImportAccountsModal({ open, onClose }: Props) {
  const { t } = useTranslation();
  const run = useImportAccounts();
  const fieldNames = t('accounts.import.fields', { returnObjects: true });
  return (
    <ImportModal
      open={open}
      onClose={onClose}
      words="accounts.import"
      width={720}
      run={run}
      template={{ url: IMPORT_TEMPLATE_URL, fileName: 'accounts-template.xlsx' }}
      counts={(r) => ({ count: r.created })}
      fieldTitle={t('accounts.import.column')}
      fieldLabel={(field) => fieldNames[field as keyof typeof fieldNames] ?? field}
    />
  );
}
