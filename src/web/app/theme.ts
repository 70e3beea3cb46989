import type { ThemeConfig } from 'antd';

// 无障碍 (WCAG 2.1 AA): antd's defaults draw descriptions at 3.35:1 (#8c8c8c), placeholders at
// 1.83:1 and gold, orange, lime, cyan and green tags at 2–3.4:1 on their tinted backgrounds. These
// tokens darken exactly those texts to at least 4.5:1 on white and on the console's grey page, and
// keep each status colour recognisable (theme.test.ts holds them to it).
const statusBackgrounds = {
  colorSuccessBg: '#f6ffed',
  colorSuccessBorder: '#b7eb8f',
  colorWarningBg: '#fffbe6',
  colorWarningBorder: '#ffe58f',
  colorErrorBg: '#fff2f0',
  colorErrorBorder: '#ffccc7',
  colorInfoBg: '#eef3fb',
  colorInfoBorder: '#b9cce6',
};

// the text colour (-7 of each palette) of preset tags such as <Tag color="gold">, on its -1 background.
// antd 6 builds its palette CSS variables from the seed colours and drops these overrides, so app.css
// restates them for the variables (theme.test.ts checks the two agree)
export const tagTexts = {
  gold7: '#874d00',
  orange7: '#ad4e00',
  yellow7: '#876800',
  lime7: '#3f6600',
  green7: '#237804',
  cyan7: '#006d75',
  volcano7: '#ad2102',
};

export const consoleTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1e5aa8',
    colorInfo: '#1e5aa8', // links take it: antd's #1677ff is 4.1:1 on white
    colorLinkHover: '#17457f', // a hovered link stays readable (the derived hover is 3.3:1)
    colorLinkActive: '#123766',
    // selected tree nodes, options and menu items: grey and blue text keep 4.5:1 on them
    colorPrimaryBg: '#e8eef7',
    colorPrimaryBgHover: '#d6e2f2',
    colorSuccess: '#237804',
    colorWarning: '#874d00',
    colorError: '#c41d1d',
    colorTextTertiary: '#666666',
    colorTextDescription: '#666666',
    colorTextPlaceholder: '#707070',
    ...statusBackgrounds,
    ...tagTexts,
    borderRadius: 6,
    fontSize: 14,
  },
  components: { Layout: { headerBg: '#14263f', headerPadding: '0 20px', siderBg: '#ffffff' } },
};
