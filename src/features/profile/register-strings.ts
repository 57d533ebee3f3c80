/** The profile's strings (with the reader's and the report check's, which it shows) load with the profile view (src/i18n/messages.ts registerMessages). */
import { registerMessages } from '../../i18n';
import * as profile from '../../i18n/parts/profile';
import * as reader from '../../i18n/parts/reader';
import * as reportcheck from '../../i18n/parts/reportcheck';

registerMessages(profile);
registerMessages(reader);
registerMessages(reportcheck);
