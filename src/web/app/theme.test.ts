import { readFileSync } from 'node:fs';
import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../lib/contrast';
import { consoleTheme, tagTexts } from './theme';

// WCAG 2.1 AA for the console's texts, as antd derives them from the theme: 4.5:1 for body text
const t = theme.getDesignToken(consoleTheme);
const PAGE = '#f3f5f8'; // the console's grey page behind cards (app.css)

describe('the console theme', () => {
  it.each([
    'colorText',
    'colorTextSecondary',
    'colorTextTertiary',
    'colorTextDescription',
    'colorTextPlaceholder',
    'colorLink',
    'colorLinkHover',
    'colorPrimary',
    'colorSuccess',
    'colorWarning',
    'colorError',
  ] as const)('%s reads at 4.5:1 on white and on the grey page', (key) => {
    expect(contrastRatio(t[key], '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(t[key], PAGE)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['Success', 'Warning', 'Error', 'Info'] as const)('a %s tag’s text reads at 4.5:1 on its background', (s) => {
    expect(contrastRatio(t[`color${s}`], t[`color${s}Bg`])).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    'blue',
    'purple',
    'cyan',
    'green',
    'magenta',
    'red',
    'orange',
    'yellow',
    'volcano',
    'geekblue',
    'lime',
    'gold',
  ] as const)('a <Tag color="%s"> reads at 4.5:1', (c) => {
    expect(contrastRatio(t[`${c}7`], t[`${c}1`])).toBeGreaterThanOrEqual(4.5);
  });

  it('app.css gives antd’s palette variables the same tag texts', () => {
    const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');
    for (const [key, colour] of Object.entries(tagTexts)) {
      expect(css).toContain(`--ant-${key.slice(0, -1)}-7: ${colour};`);
    }
  });

  it('grey and blue texts read at 4.5:1 on a selected item', () => {
    expect(contrastRatio(t.colorTextDescription, t.colorPrimaryBg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(t.colorPrimary, t.colorPrimaryBgHover)).toBeGreaterThanOrEqual(4.5);
  });

  it('white text on primary and danger buttons reads at 4.5:1', () => {
    expect(contrastRatio('#ffffff', t.colorPrimary)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', t.colorError)).toBeGreaterThanOrEqual(4.5);
  });
});
