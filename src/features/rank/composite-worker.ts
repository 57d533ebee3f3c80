/// <reference lib="webworker" />
/**
 * A composite worker: computes one part of a stability band (src/domain/rank.ts bandPart) off the main thread.
 * Message in: { id, input, from, to }; out: { id, min, max } (transferred) or { id, error }.
 */
import { bandPart, prepareComposite, type CompositeInput } from '../../domain/rank';

declare const self: DedicatedWorkerGlobalScope;

export interface BandRequest {
  id: number;
  input: CompositeInput;
  from: number;
  to: number;
}
export type BandResponse = { id: number; min: Int32Array; max: Int32Array } | { id: number; error: string };

self.onmessage = (ev: MessageEvent<BandRequest>) => {
  const { id, input, from, to } = ev.data;
  try {
    const part = bandPart(prepareComposite(input), input, from, to);
    const res: BandResponse = { id, min: part.min, max: part.max };
    self.postMessage(res, [part.min.buffer, part.max.buffer]);
  } catch (e) {
    const res: BandResponse = { id, error: e instanceof Error ? e.message : String(e) };
    self.postMessage(res);
  }
};
