import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

/** "地点 · 商量" in the browser tab. */
export function useDocumentTitle(title?: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.title');
  }, [title, t]);
}

// the record a detail page shows, named for the breadcrumb's last item (one page at a time)
let recordLabel: string | undefined;
const listeners = new Set<() => void>();
const setRecordLabel = (label: string | undefined) => {
  recordLabel = label;
  for (const l of listeners) l();
};

/**
 * A record's page: "QH-2026-001 · 诉求 · 商量" in the browser tab, and the record's own name as the
 * breadcrumb's last item (诉求 / QH-2026-001) instead of a generic 详情 once it has loaded.
 */
export function useRecordTitle(label: string | undefined, section: string) {
  useDocumentTitle(label ? `${label} · ${section}` : section);
  useEffect(() => {
    setRecordLabel(label);
    return () => setRecordLabel(undefined);
  }, [label]);
}

/** The name of the record the page shows, when it has said one (useRecordTitle). */
export const useRecordLabel = () =>
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => recordLabel,
  );
