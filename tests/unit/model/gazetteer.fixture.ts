/** The gazetteer of data/gazetteer/, read as the build reads it and decoded as the app decodes it (built once). */
import { gazetteerFile } from '../../../scripts/lib/gazetteer';
import { createGazetteer, type Gazetteer } from '../../../src/model/gazetteer';
import { decodeGazetteer } from '../../../src/model/gazetteer-codec';

let built: { json: string; gazetteer: Gazetteer } | undefined;

export function bundledGazetteer(): { json: string; gazetteer: Gazetteer } {
  if (!built) {
    const { json } = gazetteerFile('data/gazetteer');
    built = { json, gazetteer: createGazetteer(decodeGazetteer(JSON.parse(json))) };
  }
  return built;
}
