/// <reference lib="webworker" />
/**
 * The report-check worker: scans the store's jurisdiction blocks off the main thread (./report-check-scan.ts) and
 * posts the summaries back in parts (./report-check-parts.ts). It only reads: each scan opens its own connection
 * and closes it when done, so no connection of the worker stays open to hold up another tab's upgrade; a connection
 * another tab's upgrade closes under a scan fails that scan (the page is then told to reload anyway).
 */
import { RolDb } from './db';
import { eachReportCheck } from './report-check-scan';
import { ChecksPacker, PART_REPORTS, partBuffers, type ChecksEvent, type ChecksRequest } from './report-check-parts';

declare const self: DedicatedWorkerGlobalScope;

const post = (e: ChecksEvent, transfer: Transferable[] = []) => self.postMessage(e, transfer);

async function scan(req: ChecksRequest): Promise<void> {
  const db = new RolDb(req.db);
  try {
    await db.open();
    const packer = new ChecksPacker();
    let reports = 0;
    const flush = () => {
      const part = packer.take();
      post({ type: 'part', id: req.id, part }, partBuffers(part));
    };
    await eachReportCheck(db, (summaries) => {
      for (const s of summaries) packer.add(s);
      reports += summaries.length;
      if (packer.size >= PART_REPORTS) flush();
    });
    if (packer.size > 0) flush();
    post({ type: 'done', id: req.id, reports });
  } finally {
    db.close();
  }
}

self.onmessage = (msg: MessageEvent<ChecksRequest>) => {
  const req = msg.data;
  if (req.type !== 'scan') return;
  scan(req).catch((e: unknown) => post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) }));
};
