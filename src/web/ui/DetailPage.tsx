import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../api/client';

type Props = {
  /** The list the page came from; `backState` replaces the history state going there. */
  backTo: string;
  backLabel: string;
  backState?: null;
  backClassName?: string;
  /** The record's query: a skeleton while it loads, a 404 page or the error when it fails. */
  detail: { isPending: boolean; isError: boolean; error: unknown };
  skeletonRows?: number;
  /** The record's body, once it has loaded. */
  children: ReactNode;
};

/** A console record page: the way back to its list, then the record, or why it is not there. */
export function DetailPage({
  backTo,
  backLabel,
  backState,
  backClassName = 'back-link',
  detail,
  skeletonRows = 10,
  children,
}: Props) {
  return (
    <>
      <Link to={backTo} state={backState} className={backClassName}>
        <ArrowLeftOutlined /> {backLabel}
      </Link>
      {detail.isPending && <Skeleton active paragraph={{ rows: skeletonRows }} />}
      {detail.isError &&
        (detail.error instanceof ApiError && detail.error.status === 404 ? (
          <Result status="404" title={errorMessage(detail.error)} />
        ) : (
          <Alert type="error" showIcon title={errorMessage(detail.error)} />
        ))}
      {children}
    </>
  );
}
