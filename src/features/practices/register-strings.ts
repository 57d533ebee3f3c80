/** The practices view's strings load with it (src/i18n/messages.ts registerMessages). */
import { registerMessages } from '../../i18n';
import * as practices from '../../i18n/parts/practices';

registerMessages(practices);
