/**
 * Main-thread side of the report-check worker (./report-check-worker.ts): the store's scan for the report checks
 * runs there and its summaries come back in parts, each a short task on the page. Where the page has no workers, or
 * the worker cannot be started (its script does not load), the same scan runs on the main thread.
 */
import { getDb } from './db';
import { scanReportChecks } from './report-check-scan';
import { ChecksUnpacker, type ChecksEvent, type ChecksRequest } from './report-check-parts';
import type { ReportSummary } from '../model/report-list';

interface Scan {
  unpacker: ChecksUnpacker;
  out: ReportSummary[];
  resolve: (v: ReportSummary[]) => void;
  reject: (e: Error) => void;
}

let worker: Worker | null = null;
/** set once the worker failed to start: scans run on the main thread from then on */
let unavailable = false;
let nextId = 1;
const scans = new Map<number, Scan>();

const mainThreadScan = (): Promise<ReportSummary[]> => scanReportChecks(getDb());

function onEvent(e: ChecksEvent): void {
  const s = scans.get(e.id);
  if (!s) return;
  if (e.type === 'part') {
    for (const summary of s.unpacker.add(e.part)) s.out.push(summary);
    return;
  }
  scans.delete(e.id);
  if (e.type === 'done') s.resolve(s.out);
  else s.reject(new Error(e.message));
}

function getWorker(): Worker | null {
  if (unavailable || typeof Worker === 'undefined') return null;
  if (!worker) {
    try {
      worker = new Worker(new URL('./report-check-worker.ts', import.meta.url), { type: 'module', name: 'rol-checks' });
    } catch {
      unavailable = true;
      return null;
    }
    worker.onmessage = (ev: MessageEvent<ChecksEvent>) => onEvent(ev.data);
    // the worker's script did not load or the worker died: the scans it had run on the main thread
    worker.onerror = (ev) => {
      ev.preventDefault();
      unavailable = true;
      worker?.terminate();
      worker = null;
      const waiting = [...scans.values()];
      scans.clear();
      for (const s of waiting) mainThreadScan().then(s.resolve, s.reject);
    };
  }
  return worker;
}

/** Every stored report's summary (src/store/report-check-scan.ts), scanned in the worker where there is one. */
export function readReportChecks(): Promise<ReportSummary[]> {
  const w = getWorker();
  if (!w) return mainThreadScan();
  const id = nextId++;
  return new Promise<ReportSummary[]>((resolve, reject) => {
    scans.set(id, { unpacker: new ChecksUnpacker(), out: [], resolve, reject });
    w.postMessage({ type: 'scan', id, db: getDb().name } satisfies ChecksRequest);
  });
}
