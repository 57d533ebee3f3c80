/**
 * Fetches and decodes the gazetteer (public/data/gazetteer.json, precached by the service worker). Plain: no query
 * library, so that a worker (the batch import's) can load it too. The file and its decoder load on demand.
 */
import type { Gazetteer } from '../model/gazetteer';

export async function fetchPlaces(baseUrl: string = document.baseURI): Promise<Gazetteer> {
  const [res, codec, gazetteer] = await Promise.all([
    fetch(new URL('data/gazetteer.json', baseUrl)),
    import('../model/gazetteer-codec'),
    import('../model/gazetteer'),
  ]);
  if (!res.ok) throw new Error(`data/gazetteer.json: HTTP ${res.status}`);
  return gazetteer.createGazetteer(codec.decodeGazetteer(await res.json()));
}
