/** The slide of presentation mode: the chart's exported SVG, sized to the screen, shown through a Blob URL. */
import { useEffect, useState } from 'react';
import type { Lang } from '../../model/format';
import type { Translate } from '../../i18n';
import type { ExportEntry } from './registry';
import { errorMessage, svgBlob, today } from './export-jobs';
import { loadExporting } from './load-exporting';

/** Logical slide width: an 800-wide drawing scaled up to the screen makes the chart's type large. */
const SLIDE_WIDTH = 800;

function slideSize(): { width: number; height: number } {
  const ratio = window.innerHeight > 0 && window.innerWidth > 0 ? (window.innerHeight - 72) / window.innerWidth : 9 / 16;
  return { width: SLIDE_WIDTH, height: Math.round(Math.min(640, Math.max(400, SLIDE_WIDTH * ratio))) };
}

export type Slide = { key: string; url: string } | { key: string; error: string };

const slideKey = (entry: ExportEntry, lang: Lang): string => `${entry.id}|${lang}`;

/** Draws the entry's slide and releases the previous one; null while the current one is being drawn. */
export function useSlide(current: ExportEntry | undefined, lang: Lang, t: Translate): Slide | null {
  const [slide, setSlide] = useState<Slide | null>(null);
  useEffect(() => {
    if (!current) return;
    const key = slideKey(current, lang);
    let url: string | null = null;
    let gone = false;
    loadExporting()
      .then((ex) => ex.chartSvg(current, { lang, t, date: today(), size: slideSize() }, false))
      .then(
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
  return current && slide && slide.key === slideKey(current, lang) ? slide : null;
}
