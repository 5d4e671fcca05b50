import type { ThemeConfig } from 'antd';

/**
 * Office contrast: a darker blue than antd's default (whose 4.1:1 on white is short of WCAG AA's
 * 4.5:1 for small text) and secondary text no lighter than 60 % black.
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.55)',
    fontSize: 15,
  },
};
