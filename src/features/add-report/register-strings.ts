/** The add-report strings (extraction, review, indicator mapping, batch queue) load with the add-report view (src/i18n/messages.ts registerMessages). */
import { registerMessages } from '../../i18n';
import * as batch from '../../i18n/parts/batch';
import * as extract from '../../i18n/parts/extract';
import * as mapping from '../../i18n/parts/mapping';

registerMessages(mapping);
registerMessages(batch);
registerMessages(extract);
