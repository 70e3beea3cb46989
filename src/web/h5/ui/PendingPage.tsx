import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useT } from '../i18n';
import { Header } from './Header';
import { Loading, Notice } from './Notice';
import type { Loaded } from './use-load';

type Props = {
  title: string;
  result: Exclude<Loaded<unknown>, { state: 'done' }>;
  onRetry: () => void;
  /** What a 404 says (the code or link leads nowhere); nothing to retry then. */
  notFound: string;
  /** Another failure shows the server's message (when it answered) instead of the network error. */
  showsServerMessage?: boolean;
  children?: ReactNode;
};

/** A phone page while its record loads or when it failed to: the header, a spinner or the notice. */
export function PendingPage({ title, result, onRetry, notFound, showsServerMessage, children }: Props) {
  const { t } = useT();
  const error = result.state === 'failed' && result.error instanceof ApiError ? result.error : undefined;
  const isMissing = error?.status === 404;
  return (
    <>
      <Header title={title} />
      <main className="page">
        {result.state === 'loading' ? <Loading label={t('loading')} /> : null}
        {result.state === 'failed' ? (
          <Notice
            kind="error"
            action={
              isMissing ? null : (
                <button type="button" className="btn btn-ghost" onClick={onRetry}>
                  {t('retry')}
                </button>
              )
            }
          >
            {isMissing ? notFound : showsServerMessage && error ? error.message : t('networkError')}
          </Notice>
        ) : null}
        {children}
      </main>
    </>
  );
}
