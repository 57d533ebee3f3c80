/**
 * Presentation mode: the charts of the current view one at a time, full screen (Fullscreen API when the browser
 * offers it, else a fixed full-window layer), large type. → ↓ PageDown Space or a click: next; ← ↑ PageUp:
 * previous; Home/End; Esc leaves. Each slide is the exported SVG (title, jurisdictions, units, periods,
 * legend, source line) shown through a Blob URL: no network use.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLang } from '../hooks/useLang';
import { useExportEntries } from './registry';
import { chartSvg, errorMessage, svgBlob, today } from './exporting';
import './export.css';

/** Logical slide width: an 800-wide drawing scaled up to the screen makes the chart's type large. */
const SLIDE_WIDTH = 800;

function slideSize(): { width: number; height: number } {
  const ratio = window.innerHeight > 0 && window.innerWidth > 0 ? (window.innerHeight - 72) / window.innerWidth : 9 / 16;
  return { width: SLIDE_WIDTH, height: Math.round(Math.min(640, Math.max(400, SLIDE_WIDTH * ratio))) };
}

export function Presentation({ onClose, start = 0 }: { onClose: () => void; start?: number }) {
  const { lang, t } = useLang();
  const entries = useExportEntries();
  const count = entries.length;
  const [index, setIndex] = useState(() => Math.min(start, Math.max(0, count - 1)));
  const [slide, setSlide] = useState<{ key: string; url: string } | { key: string; error: string } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const current = entries[Math.min(index, count - 1)];

  const step = useCallback((d: number) => setIndex((i) => Math.max(0, Math.min(count - 1, i + d))), [count]);

  // draw the current slide (an SVG through a Blob URL), release the previous one
  useEffect(() => {
    if (!current) return;
    const key = `${current.id}|${lang}`;
    let url: string | null = null;
    let gone = false;
    chartSvg(current, { lang, t, date: today(), size: slideSize() }, false).then(
      (svg) => {
        if (gone) return;
        url = URL.createObjectURL(svgBlob(svg));
        setSlide({ key, url });
      },
      (e: unknown) => {
        if (!gone) setSlide({ key, error: errorMessage(e) });
      },
    );
    return () => {
      gone = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [current, lang, t]);

  // keyboard
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const k = e.key;
      if (k === 'Escape') closeRef.current();
      else if (k === 'ArrowRight' || k === 'ArrowDown' || k === 'PageDown' || k === ' ') step(1);
      else if (k === 'ArrowLeft' || k === 'ArrowUp' || k === 'PageUp') step(-1);
      else if (k === 'Home') setIndex(0);
      else if (k === 'End') setIndex(Math.max(0, count - 1));
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [step, count]);

  // full screen when offered; leaving it (the browser's own Esc) leaves presentation mode
  useEffect(() => {
    const root = rootRef.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    root?.focus();
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === root) entered = true;
      else if (entered && !document.fullscreenElement) closeRef.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (root && document.fullscreenEnabled && typeof root.requestFullscreen === 'function')
      root.requestFullscreen().catch(() => undefined /* the fixed full-window layer remains */);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => undefined);
      previous?.focus();
    };
  }, []);

  // the view lost its charts (e.g. the selection changed): leave
  useEffect(() => {
    if (count === 0) closeRef.current();
  }, [count]);

  if (!current) return null;
  const title = current.title;
  const shown = slide && slide.key === `${current.id}|${lang}` ? slide : null;
  return createPortal(
    <div
      ref={rootRef}
      className="presentation"
      data-testid="presentation"
      data-index={Math.min(index, count - 1)}
      data-count={count}
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label', { title })}
      tabIndex={-1}
    >
      <div className="presentation-stage" onClick={() => step(1)}>
        {shown && 'url' in shown ? (
          <img src={shown.url} alt={`${title}. ${current.description}`} data-chart-slide={current.id} draggable={false} />
        ) : shown && 'error' in shown ? (
          <p className="error" role="alert">{t('export.failed', { message: shown.error })}</p>
        ) : (
          <p className="status" role="status">{t('present.rendering')}</p>
        )}
      </div>
      <div className="presentation-bar">
        <button type="button" onClick={() => step(-1)} disabled={index <= 0} aria-label={t('present.prev')}>
          ←
        </button>
        <span aria-live="polite" className="presentation-pos">
          {t('present.position', { n: Math.min(index, count - 1) + 1, count })} · {title}
        </span>
        <button type="button" onClick={() => step(1)} disabled={index >= count - 1} aria-label={t('present.next')}>
          →
        </button>
        <span className="presentation-hint">{t('present.hint')}</span>
        <button type="button" className="presentation-exit" data-testid="presentation-exit" onClick={() => closeRef.current()}>
          {t('present.exit')}
        </button>
      </div>
    </div>,
    document.body,
  );
}
