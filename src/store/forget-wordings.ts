/** The remembered wordings of the app's own database, for the data view: how many, and forgetting them all. */
import { getDb } from './db';
import { clearWordings } from './wordings';

export const countWordings = (): Promise<number> => getDb().wordings.count();
/** Forgets every remembered wording (later extractions map figures by the catalogue alone). */
export const forgetWordings = (): Promise<void> => clearWordings(getDb());
