/**
 * What the export buttons need before any export runs — clipboard writes and their outcome, messages meant for the
 * person, today's date — kept apart from the rendering code (./exporting), which loads with the first export
 * (./load-exporting).
 */
import type { MessageKey, Translate } from '../../i18n';
import { isoDate } from '../../formats/export/filename';

export const today = (): string => isoDate(new Date());

export const svgBlob = (svg: string): Blob => new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });

export type ClipboardOutcome = 'ok' | 'denied' | 'unsupported';

/** Copies a PNG; the blob is passed as a promise so the user gesture is still active when the write starts. */
export async function copyPngToClipboard(png: Promise<Blob>): Promise<ClipboardOutcome> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    png.catch(() => undefined);
    return 'unsupported';
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return 'ok';
  } catch (e) {
    if (e instanceof DOMException && e.name === 'NotAllowedError') return 'denied';
    if (e instanceof DOMException && e.name === 'NotSupportedError') return 'unsupported';
    throw e;
  }
}

export async function copyTextToClipboard(text: string): Promise<ClipboardOutcome> {
  if (!navigator.clipboard?.writeText) return 'unsupported';
  try {
    await navigator.clipboard.writeText(text);
    return 'ok';
  } catch (e) {
    if (e instanceof DOMException && e.name === 'NotAllowedError') return 'denied';
    throw e;
  }
}

/** An error whose message is meant for the user as it is (e.g. why the clipboard is not available). */
export class UserMessage extends Error {}

const CLIPBOARD_MESSAGE: Record<Exclude<ClipboardOutcome, 'ok'>, MessageKey> = {
  denied: 'export.clipboardDenied',
  unsupported: 'export.clipboardUnsupported',
};

/** Throws, as a UserMessage, why the clipboard write did not happen; returns when it did. */
export function expectCopied(outcome: ClipboardOutcome, t: Translate): void {
  if (outcome !== 'ok') throw new UserMessage(t(CLIPBOARD_MESSAGE[outcome]));
}

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The status text for a failed export: a UserMessage as it is, anything else as "export failed: …". */
export const failureText = (e: unknown, t: Translate): string =>
  e instanceof UserMessage ? e.message : t('export.failed', { message: errorMessage(e) });
