import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { attachmentName, gongwenDate, gongwenDateTime, labelled, paragraphsOf, renderGongwen } from './gongwen';

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
      date: new Date('2026-11-26T02:00:00Z'),
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

  it('writes a form as a table, with room to write where an entry is empty', async () => {
    const buf = await renderGongwen({
      title: '督办单',
      blocks: [
        {
          kind: 'table',
          rows: [
            { label: '督办事项', lines: ['增设停车位'] },
            { label: '催办记录', lines: ['1. 第一次', '2. 第二次'] },
            { label: '反馈意见', lines: [], blankLines: 3 },
          ],
        },
      ],
      date: new Date('2026-03-09T16:30:00Z'),
      locale: 'en',
    });
    const { value } = await mammoth.extractRawText({ buffer: buf });
    for (const text of ['督办事项', '增设停车位', '1. 第一次', '2. 第二次', '反馈意见', '10 March 2026']) {
      expect(value).toContain(text);
    }
  });

  it('dates by the deployment’s calendar (Asia/Shanghai), whatever the server’s zone', () => {
    // 16:30 UTC on 4 January is half past midnight on 5 January in Shanghai
    expect(gongwenDate(new Date('2026-01-04T16:30:00Z'))).toBe('2026年1月5日');
    expect(gongwenDate(new Date('2026-01-04T15:59:00Z'))).toBe('2026年1月4日');
    expect(gongwenDateTime(new Date('2026-01-04T16:30:00Z'))).toBe('2026年1月5日 00:30');
    expect(gongwenDateTime(new Date('2026-01-04T16:30:00Z'), 'zh-TW')).toBe('2026年1月5日 00:30');
    expect(gongwenDateTime(new Date('2026-01-04T16:30:00Z'), 'en')).toBe('5 January 2026, 00:30');
  });

  it('puts the first line of someone’s words beside their label, the rest beneath', () => {
    expect(labelled('批示', ' 请抓紧办理\n\n 月底前报结果 ')).toEqual([
      { kind: 'label', label: '批示', text: '请抓紧办理' },
      { kind: 'paragraph', text: '月底前报结果' },
    ]);
  });

  it('formats download names', () => {
    expect(attachmentName('纪要.docx')).toBe(
      `attachment; filename="__.docx"; filename*=UTF-8''%E7%BA%AA%E8%A6%81.docx`,
    );
  });
});
