/**
 * Presentation mode: the charts of the current view one at a time, full screen (Fullscreen API when the browser
 * offers it, else a fixed full-window layer), large type. → ↓ PageDown Space or a click: next; ← ↑ PageUp:
 * previous; Home/End; Esc leaves. Each slide is the exported SVG (title, jurisdictions, units, periods,
 * legend, source line) shown through a Blob URL: no network use.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLang } from '../hooks/useLang';
import { useExportEntries, type ExportEntry } from './registry';
import { useSlide, type Slide } from './useSlide';
import { useFullscreen, useSlideKeys } from './presenter-controls';
import './export.css';

/** The slide itself, or why it could not be drawn, or that it is being drawn. */
function SlideStage({ entry, slide, onNext }: { entry: ExportEntry; slide: Slide | null; onNext: () => void }) {
  const { t } = useLang();
  return (
    <div className="presentation-stage" onClick={onNext}>
      {slide && 'url' in slide ? (
        <img src={slide.url} alt={`${entry.title}. ${entry.description}`} data-chart-slide={entry.id} draggable={false} />
      ) : slide && 'error' in slide ? (
        <p className="error" role="alert">{t('export.failed', { message: slide.error })}</p>
      ) : (
        <p className="status" role="status">{t('present.rendering')}</p>
      )}
    </div>
  );
}

/** Previous / position / next, the key hint and the exit button. */
function SlideBar(props: { index: number; count: number; title: string; step: (d: number) => void; onExit: () => void }) {
  const { index, count, title, step } = props;
  const { t } = useLang();
  return (
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
      <button type="button" className="presentation-exit" data-testid="presentation-exit" onClick={props.onExit}>
        {t('present.exit')}
      </button>
    </div>
  );
}

export function Presentation({ onClose, start = 0 }: { onClose: () => void; start?: number }) {
  const { lang, t } = useLang();
  const entries = useExportEntries();
  const count = entries.length;
  const [index, setIndex] = useState(() => Math.min(start, Math.max(0, count - 1)));
  const rootRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const current = entries[Math.min(index, count - 1)];
  const slide = useSlide(current, lang, t);

  const step = useCallback((d: number) => setIndex((i) => Math.max(0, Math.min(count - 1, i + d))), [count]);
  useSlideKeys({ step, go: setIndex, count, closeRef });
  useFullscreen(rootRef, closeRef);

  // the view lost its charts (e.g. the selection changed): leave
  useEffect(() => {
    if (count === 0) closeRef.current();
  }, [count]);

  if (!current) return null;
  return createPortal(
    <div
      ref={rootRef}
      className="presentation"
      data-testid="presentation"
      data-index={Math.min(index, count - 1)}
      data-count={count}
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label', { title: current.title })}
      tabIndex={-1}
    >
      <SlideStage entry={current} slide={slide} onNext={() => step(1)} />
      <SlideBar index={index} count={count} title={current.title} step={step} onExit={() => closeRef.current()} />
    </div>,
    document.body,
  );
}
