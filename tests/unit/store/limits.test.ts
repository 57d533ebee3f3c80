import { describe, expect, it } from 'vitest';
import { importKindOf, startsLikeBackup } from '../../../src/store/limits';

describe('what the page tells of a file before the worker reads it', () => {
  it('knows a backup by its envelope, written by the app or reformatted, and nothing else', () => {
    expect(startsLikeBackup('{"format":"rol-compare/backup","version":1,"datasets":[')).toBe(true);
    expect(startsLikeBackup('\uFEFF{\n  "format": "rol-compare/backup",\n  "version": 1')).toBe(true);
    expect(startsLikeBackup('{"format":"rol-compare/dataset","version":3')).toBe(false);
    expect(startsLikeBackup('{"id":"x","format":"rol-compare/backup"}')).toBe(false);
    expect(startsLikeBackup('jurisdiction_id,metric_id\n')).toBe(false);
    expect(startsLikeBackup('')).toBe(false);
  });

  it('reads .csv and .txt as CSV, .arrow, .arrows and .feather as Arrow IPC, anything else as JSON', () => {
    expect(['a.csv', 'B.TXT', 'c.arrow', 'd.feather', 'e.arrows', 'f.json', 'g'].map(importKindOf)).toEqual(['csv', 'csv', 'arrow', 'arrow', 'arrow', 'json', 'json']);
  });
});
