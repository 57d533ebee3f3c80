/// <reference lib="webworker" />
/**
 * A composite worker: computes one part of a stability band (src/domain/rank.ts bandPart) off the main thread.
 * Message in: { id, input, from, to }; out: { id, min, max } (transferred) or { id, error }.
 */
import { bandPart, mulberry32, prepareComposite, type CompositeInput } from '../../domain/rank';

declare const self: DedicatedWorkerGlobalScope;

export interface BandRequest {
  id: number;
  input: CompositeInput;
  from: number;
  to: number;
}
/** Runs the band code once on made-up data of a national shape, so that the first real request runs compiled. */
export interface WarmRequest {
  id: number;
  warm: true;
}
export type BandResponse = { id: number; min: Int32Array; max: Int32Array } | { id: number; error: string };

/**
 * Warm-up in slices of a few draws, each its own task: a real request that arrives meanwhile runs at the next
 * slice boundary and ends the warm-up, so warming never delays a result by more than one slice.
 */
let warming = false;
function warm(): void {
  const nj = 2900;
  const nm = 8;
  const rnd = mulberry32(42);
  const input: CompositeInput = {
    jurisdictions: Array.from({ length: nj }, (_, j) => String(j)),
    metrics: Array.from({ length: nm }, (_, k) => ({ id: String(k), better: k % 2 ? 'lower' : 'higher', weight: 1 })),
    values: Array.from({ length: nm }, () => Float64Array.from({ length: nj }, () => (rnd() < 0.05 ? Number.NaN : rnd() * 1000))),
    normalisation: 'minmax',
    missing: 'partial',
    perturbation: 0.25,
    draws: 60,
    seed: 1,
  };
  warming = true;
  const p = prepareComposite(input);
  const SLICE = 4;
  const step = (from: number) => {
    if (!warming || from >= input.draws) {
      warming = false;
      return;
    }
    bandPart(p, input, from, from + SLICE);
    setTimeout(() => step(from + SLICE), 0);
  };
  step(0);
}

self.onmessage = (ev: MessageEvent<BandRequest | WarmRequest>) => {
  if ('warm' in ev.data) {
    warm();
    return;
  }
  warming = false;
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
