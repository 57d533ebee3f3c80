import { describe, expect, it } from 'vitest';
import { backupFileName, formatBytes, overallProgress } from '../../../../src/features/data/view-labels';

describe('presentation helpers', () => {
  it('fills one progress bar phase by phase', () => {
    const seq = [
      overallProgress('read', 0, 10),
      overallProgress('read', 10, 10),
      overallProgress('parse', 5, 10),
      overallProgress('validate', 1, 1),
      overallProgress('write', 1, 4),
      overallProgress('write', 4, 4),
      overallProgress('done', 1, 1),
    ];
    expect(seq[0]).toBe(0);
    expect(seq[seq.length - 1]).toBe(1);
    for (let i = 1; i < seq.length; i++) expect(seq[i]!).toBeGreaterThanOrEqual(seq[i - 1]!);
    expect(overallProgress('write', Number.NaN, 0)).toBe(0.55);
  });

  it('formats sizes in decimal units and backup names by local date', () => {
    expect(formatBytes(512_000_000, 'en')).toBe('512 MB');
    expect(formatBytes(999, 'zh')).toBe('999 B');
    expect(formatBytes(260_934, 'en')).toBe('261 KB');
    expect(formatBytes(-1, 'en')).toBe('—');
    expect(backupFileName(new Date(2024, 11, 5).getTime())).toBe('rol-compare-backup-2024-12-05.json');
  });
});
