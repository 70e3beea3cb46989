import { App } from 'antd';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

type Texts = { title: string; content: string; okText: string; cancelText: string };

/**
 * Asks before leaving a page whose changes are not saved: another console page (a confirmation),
 * or closing or reloading the tab (the browser's own question).
 */
export function useUnsavedGuard(isDirty: boolean, texts: Texts) {
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => isDirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const { title, content, okText, cancelText } = texts;

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const dialog = modal.confirm({
      title,
      content,
      okText,
      cancelText,
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
    return () => dialog.destroy();
  }, [blocker, modal, title, content, okText, cancelText]);

  useEffect(() => {
    if (!isDirty) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [isDirty]);
}
