/** What the data view writes (sizes, dates, the import limit), the import's progress share and the backup file name. Pure. */
import type { Lang } from '../../model/format';
import { MAX_IMPORT_BYTES } from '../../store/limits';

/** Decimal units, as the import limit is stated (512 MB = 512,000,000 bytes). */
export function formatBytes(n: number, lang: Lang): string {
  if (!Number.isFinite(n) || n < 0) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  const digits = u === 0 || v >= 100 ? 0 : 1;
  const num = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits }).format(v);
  return `${num} ${units[u]}`;
}

/** The largest file an import reads, as the import panel states it. */
export const importLimitLabel = (lang: Lang): string => formatBytes(MAX_IMPORT_BYTES, lang);

export function formatDate(ms: number, lang: Lang): string {
  if (!Number.isFinite(ms)) return '—';
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

const PHASES: Record<string, [number, number]> = {
  read: [0, 0.25],
  parse: [0.25, 0.5],
  validate: [0.5, 0.55],
  write: [0.55, 1],
  done: [1, 1],
};

/** One bar for the whole import: each phase fills its share. */
export function overallProgress(phase: string, done: number, total: number): number {
  const [from, to] = PHASES[phase] ?? [0, 0];
  const share = total > 0 && Number.isFinite(done) ? Math.min(1, Math.max(0, done / total)) : 0;
  return from + (to - from) * share;
}

/** `rol-compare-backup-2025-01-31.json` (local date). */
export function backupFileName(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `rol-compare-backup-${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}.json`;
}

const ENCODING_LABELS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
  big5: 'Big5',
};

/** A text encoding as people write it: utf-16le → UTF-16LE, big5 → Big5. */
export const encodingLabel = (encoding: string): string => ENCODING_LABELS[encoding] ?? encoding;
