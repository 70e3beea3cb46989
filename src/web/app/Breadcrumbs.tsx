import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

type Section = { key: string; label: string };

/**
 * Where the page sits, derived from the route so no page has to say it: the menu entry it belongs
 * to, then "详情" on a record's page (/consultations/c1). A section's own list shows no trail.
 */
export function Breadcrumbs({ section }: { section: Section | undefined }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (!section || pathname === section.key || pathname === '/') return null;
  return (
    <nav aria-label={t('nav.breadcrumb')} className="shell-breadcrumb">
      <Breadcrumb
        items={[
          { title: <Link to={section.key}>{section.label}</Link> },
          { title: <span aria-current="page">{t('nav.detail')}</span> },
        ]}
      />
    </nav>
  );
}
