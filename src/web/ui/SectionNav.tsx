import { useTranslation } from 'react-i18next';

export type PageSection = { id: string; label: string };

/**
 * 本页内容: links to the sections of a long page (a consultation is several screens long), kept in
 * view while scrolling. Each link scrolls to the element with its id and moves focus there.
 */
export function SectionNav({ sections }: { sections: readonly PageSection[] }) {
  const { t } = useTranslation();
  const go = (id: string) => (e: React.MouseEvent) => {
    const target = document.getElementById(id);
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    history.replaceState(history.state, '', `#${id}`);
  };
  return (
    <nav aria-label={t('nav.sections')} className="section-nav">
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} onClick={go(s.id)}>
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
