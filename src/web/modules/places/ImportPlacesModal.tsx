import { useTranslation } from 'react-i18next';
import { ImportModal } from '../../ui/ImportModal';
import { IMPORT_TEMPLATE_URL, useImportPlaces } from './api';

type Props = { open: boolean; onClose: () => void };

/** Upload a sheet of places: check it first (dry run), then import all rows or none. */
export function ImportPlacesModal({ open, onClose }: Props) {
  const { t } = useTranslation();
  const run = useImportPlaces();
  const fieldNames = t('import.fields', { returnObjects: true });
  return (
    <ImportModal
      open={open}
      onClose={onClose}
      words="import"
      width={680}
      run={run}
      template={{ url: IMPORT_TEMPLATE_URL, fileName: 'places-template.xlsx' }}
      counts={(r) => ({ count: r.imported })}
      fieldTitle={t('import.field')}
      fieldLabel={(field) => fieldNames[field as keyof typeof fieldNames] ?? field}
    />
  );
}
