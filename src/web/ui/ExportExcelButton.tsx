import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { withQuery } from '../api/client';
import { DownloadButton } from './DownloadButton';

type Props = {
  /** The list's export route, e.g. /api/topics/export.xlsx. */
  path: string;
  /** The filters the page shows the list under; paging is left out (the file has every row). */
  filters: Record<string, string | number | boolean | null | undefined>;
  fileName: string;
  /** The list's total: nothing to export when it is 0. */
  total: number | undefined;
};

/** 导出Excel: the list as the page filters it, streamed with progress. */
export function ExportExcelButton({ path, filters, fileName, total }: Props) {
  const { t } = useTranslation();
  const { page: _, pageSize: __, ...rest } = filters;
  return (
    <DownloadButton
      url={withQuery(path, rest)}
      fileName={fileName}
      label={t('common.exportExcel')}
      icon={<FileExcelOutlined />}
      isDisabled={total === 0}
    />
  );
}
