import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useRecordLabel } from '../lib/use-document-title';

type Section = { key: string; label: string };

/**
 * Where the page sits, derived from the route so no page has to say it: the menu entry it belongs
 * to, then the record's name on its page (诉求 / QH7K2M9XPA; 详情 until it has loaded, or where the
 * page names none). A section's own list shows no trail.
 */
export function Breadcrumbs({ section }: { section: Section | undefined }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const record = useRecordLabel();
  if (!section || pathname === section.key || pathname === '/') return null;
  return (
    <nav aria-label={t('nav.breadcrumb')} className="shell-breadcrumb">
      <Breadcrumb
        items={[
          { title: <Link to={section.key}>{section.label}</Link> },
          { title: <span aria-current="page">{record ?? t('nav.detail')}</span> },
        ]}
      />
    </nav>
  );
}
