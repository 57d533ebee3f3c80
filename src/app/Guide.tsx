import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import { useLang } from '../ui/hooks/useLang';

const KEY = 'rol.guide.dismissed';

/** Whether the first-visit guide is open: open until dismissed once (remembered in this browser), reopened by its button. */
const readDismissed = (): boolean => {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false; // storage blocked: the guide shows, and its button still closes it for this page
  }
};

export const useGuide = create<{ open: boolean; show: () => void; dismiss: () => void }>((set) => ({
  open: !readDismissed(),
  show: () => set({ open: true }),
  dismiss: () => {
    try {
      localStorage.setItem(KEY, '1');
    } catch {
      // not remembered: it shows again next visit
    }
    set({ open: false });
  },
}));

/** What this is, how to read a bar, what ≥, *, † and 未报告 mean, and where the numbers come from. */
export function Guide() {
  const { t } = useLang();
  const { open, dismiss } = useGuide();
  const heading = useRef<HTMLHeadingElement>(null);
  const reopened = useRef(false);
  useEffect(() => {
    if (open && reopened.current) heading.current?.focus();
    reopened.current = true;
  }, [open]);
  if (!open) return null;
  return (
    <section className="guide" aria-labelledby="guide-h" data-testid="guide">
      <h2 id="guide-h" ref={heading} tabIndex={-1}>{t('guide.title')}</h2>
      <ul>
        <li>{t('guide.what')}</li>
        <li>{t('guide.bars')}</li>
        <li>{t('guide.marks')}</li>
        <li>{t('guide.source')}</li>
      </ul>
      <button type="button" onClick={dismiss}>
        {t('guide.dismiss')}
      </button>
    </section>
  );
}

/** The header's button that opens the guide again. */
export function GuideButton() {
  const { t } = useLang();
  const show = useGuide((s) => s.show);
  return (
    <button type="button" className="tool" onClick={show} data-testid="guide-open">
      {t('guide.open')}
    </button>
  );
}
