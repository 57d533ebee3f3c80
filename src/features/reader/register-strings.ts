/** The reader's and the report check's strings load with the reader view (src/i18n/messages.ts registerMessages). */
import { registerMessages } from '../../i18n';
import * as reader from '../../i18n/parts/reader';
import * as reportcheck from '../../i18n/parts/reportcheck';

registerMessages(reader);
registerMessages(reportcheck);
