import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '../api/client';
import { isAdmin, useMe } from '../modules/auth/api';
import type { Me } from '../modules/auth/types';

export function FullPageSpin() {
  return (
    <div className="full-page-center">
      <Spin size="large" />
    </div>
  );
}

/** Signed-in people only; one who must change a first password does that before anything else. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t('common.loadFailed')}
        subTitle={errorMessage(me.error)}
        extra={<Button onClick={() => me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.data.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to="/change-password" replace />;
  }
  return children;
}

/**
 * Pages for administrators (accounts, audit), or for those `may` admits (the synonym table: admins
 * of a top-level place); the server checks the same on every call.
 */
export function RequireAdmin({
  children,
  may = isAdmin,
}: {
  children: ReactNode;
  may?: (me: Me | null | undefined) => boolean;
}) {
  const { t } = useTranslation();
  const me = useMe();
  if (!may(me.data)) return <Result status="403" title="403" subTitle={t('common.notAllowed')} />;
  return children;
}
