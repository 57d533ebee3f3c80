/**
 * Work the person has not saved yet, which reloading the tab would discard: the add-report view's review queue
 * (the number of its reports). The app links it to that view's store once the view's code is loaded, so the reload
 * notice can say so without loading the view's code itself.
 */
import { create } from 'zustand';

export interface UnsavedState {
  /** reports in the add-report review queue (not saved anywhere until the person saves them) */
  reviewQueue: number;
  /** the queue's files are being read and extracted (the service worker's first install waits: src/app/PwaBanner.tsx) */
  extracting: boolean;
}

export const useUnsavedStore = create<UnsavedState>(() => ({ reviewQueue: 0, extracting: false }));

export const setUnsavedReviewQueue = (reports: number, extracting = false): void => {
  const s = useUnsavedStore.getState();
  if (s.reviewQueue !== reports || s.extracting !== extracting) useUnsavedStore.setState({ reviewQueue: reports, extracting });
};
