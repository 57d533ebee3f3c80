/**
 * Which charts the current view can export: each panel registers its entry on mount and unregisters on unmount.
 * The per-chart menu, the view toolbar (ZIP, CSV, JSON, TSV) and presentation mode all read from here.
 */
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../../model/format';
import type { LocatedObservation } from '../../model/compare';
import type { ExportRow } from '../../formats/export/rows';
import type { SourceRef } from '../../formats/export/source';

export interface ExportContext {
  /** the source line (already broken into lines with \n) drawn at the bottom of the image */
  footer: string;
  lang: Lang;
}

export interface ExportEntry {
  id: string;
  /** position in the view (charts are exported and presented in this order) */
  order: number;
  title: string;
  /** jurisdictions, periods …: the accessible description of the image */
  description: string;
  /** parts of the file name, e.g. ['行政复议', '武进', '园区', '吕梁', '2022-2023'] */
  filenameParts: string[];
  buildOption: (ctx: ExportContext) => EChartsCoreOption;
  /** the data behind the chart */
  rows: ExportRow[];
  observations: LocatedObservation[];
  /** the reports behind the figures (for the source line) */
  sources: SourceRef[];
  /**
   * lines drawn above the source line, in the entry's language: the key of † and the caveat of each caveated
   * figure (src/model/caveats.ts `caveatNotes`); absent or empty when no figure has one
   */
  notes?: readonly string[] | undefined;
  /**
   * the years are the chart's axis (a time series): its figures of several years are not a mix to warn of. Without
   * it, one place's one metric over several years is taken for a time series, anything else of several years is warned
   */
  yearAxis?: boolean | undefined;
}

interface RegistryState {
  entries: Record<string, ExportEntry>;
  register: (e: ExportEntry) => void;
  unregister: (e: ExportEntry) => void;
}

export const useExportRegistry = create<RegistryState>()((set) => ({
  entries: {},
  register: (e) => set((s) => ({ entries: { ...s.entries, [e.id]: e } })),
  unregister: (e) =>
    set((s) => {
      if (s.entries[e.id] !== e) return s;
      const entries = { ...s.entries };
      delete entries[e.id];
      return { entries };
    }),
}));

/** Registers the entry while the component is mounted (and again whenever the entry changes). */
export function useRegisterExport(entry: ExportEntry | null): void {
  const register = useExportRegistry((s) => s.register);
  const unregister = useExportRegistry((s) => s.unregister);
  useEffect(() => {
    if (!entry) return;
    register(entry);
    return () => unregister(entry);
  }, [entry, register, unregister]);
}

/** The registered entries in view order. */
export function useExportEntries(): ExportEntry[] {
  const entries = useExportRegistry((s) => s.entries);
  return useMemo(() => sortEntries(entries), [entries]);
}

export function sortEntries(entries: Record<string, ExportEntry>): ExportEntry[] {
  return Object.values(entries).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The entries as they are now (for event handlers). */
export const currentEntries = (): ExportEntry[] => sortEntries(useExportRegistry.getState().entries);
