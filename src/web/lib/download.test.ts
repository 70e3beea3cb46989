import { describe, expect, it, vi } from 'vitest';
import { fileNameOf } from './download';

// the language setup reads localStorage, which the test's node environment has not got
vi.mock('../i18n', () => ({ default: {} }));

describe('fileNameOf', () => {
  it.each([
    [
      `attachment; filename="minutes.docx"; filename*=UTF-8''XS-2026-0001-%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81.docx`,
      'XS-2026-0001-会议纪要.docx',
    ],
    [`attachment; filename*=utf-8''%E8%AE%A1%E5%88%92.docx`, '计划.docx'],
    [`attachment; filename="plan.docx"; filename*=UTF-8''%E0%A4%A`, 'plan.docx'],
    ['attachment; filename="minutes.docx"', 'minutes.docx'],
    [null, 'fallback.docx'],
  ])('%s → %s', (header, expected) => {
    expect(fileNameOf(header, 'fallback.docx')).toBe(expected);
  });
});
