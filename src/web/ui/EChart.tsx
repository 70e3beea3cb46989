import { type CSSProperties, useEffect, useRef } from 'react';
import { type EChartsOption, echarts } from './echarts';

/** What a click on a chart part tells: the series, the part's name and its data item. */
export type ChartClick = { seriesIndex?: number; name: string; dataIndex: number; data: unknown };

type Props = {
  option: EChartsOption;
  /** names the chart for screen readers (role="img") */
  ariaLabel: string;
  onClick?: (e: ChartClick) => void;
  /** 'shangliang-dark' on the big screen */
  theme?: string;
  height?: number | string;
  style?: CSSProperties;
};

// ECharts' aria component writes role="img" and the label on the chart's box itself (keeping ours)
const withAria = (option: EChartsOption, label: string): EChartsOption => ({
  ...option,
  aria: { enabled: true, label: { description: label } },
});

/**
 * One ECharts chart: made on mount (and when the theme changes), given each new option, resized
 * with its box, disposed on unmount.
 */
export function EChart({ option, ariaLabel, onClick, theme, height = 280, style }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.EChartsType | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  const latest = useRef(option);
  latest.current = option;
  const label = useRef(ariaLabel);
  label.current = ariaLabel;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = echarts.init(el, theme);
    chart.current = c;
    c.setOption(withAria(latest.current, label.current));
    c.on('click', (e) => click.current?.(e as unknown as ChartClick));
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, [theme]);

  useEffect(() => {
    chart.current?.setOption(withAria(option, ariaLabel), { notMerge: true });
  }, [option, ariaLabel]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={ariaLabel}
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined, ...style }}
    />
  );
}
