import { Spin } from 'antd';

/** While a page's code or first data loads. */
export function PageSpin() {
  return (
    <div className="page-spin">
      <Spin />
    </div>
  );
}
