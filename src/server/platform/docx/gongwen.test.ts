import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { attachmentName, gongwenDate, paragraphsOf, renderGongwen } from './gongwen';

describe('renderGongwen', () => {
  it('writes a valid .docx whose text reads as the document', async () => {
    const buf = await renderGongwen({
      masthead: '东湖街道协商议事会',
      docNumber: '东湖协〔2026〕3号',
      title: '关于桃园社区加装电梯的建议案',
      addressee: '东湖街道党工委、办事处',
      blocks: [
        { kind: 'heading1', text: '一、基本情况' },
        ...paragraphsOf('老旧小区\n\n无电梯'),
        { kind: 'label', label: '地点', text: '议事室' },
      ],
      issuer: '东湖街道协商议事会',
      date: new Date(2026, 10, 26),
      copyTo: '区政协办公室',
    });
    expect(buf.subarray(0, 2).toString()).toBe('PK'); // a zip package
    const { value } = await mammoth.extractRawText({ buffer: buf });
    for (const text of [
      '关于桃园社区加装电梯的建议案',
      '东湖街道党工委、办事处：',
      '一、基本情况',
      '老旧小区',
      '无电梯',
      '地点：议事室',
      '2026年11月26日',
      '抄送：区政协办公室。',
    ]) {
      expect(value).toContain(text);
    }
  });

  it('formats dates and download names', () => {
    expect(gongwenDate(new Date(2026, 0, 5))).toBe('2026年1月5日');
    expect(attachmentName('纪要.docx')).toBe(
      `attachment; filename="__.docx"; filename*=UTF-8''%E7%BA%AA%E8%A6%81.docx`,
    );
  });
});
