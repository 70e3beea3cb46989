import { describe, expect, it } from 'vitest';
import { fileProblem, formatBytes } from './files';

describe('files', () => {
  it.each([
    [{ name: '课件.PPTX', size: 10 }, null],
    [{ name: 'notes.pdf', size: 2048 }, null],
    [{ name: 'notes.pdf', size: 2049 }, 'size'],
    [{ name: 'run.exe', size: 1 }, 'type'],
    [{ name: 'pdf', size: 1 }, 'type'],
  ] as const)('%j → %s', (file, problem) => {
    expect(fileProblem(file, '.pdf,.pptx', 2048)).toBe(problem);
  });

  it('says sizes as people read them', () => {
    expect(formatBytes(100)).toBe('1 KB');
    expect(formatBytes(340 * 1024)).toBe('340 KB');
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
