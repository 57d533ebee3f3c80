/** The framework view's strings are loaded with it, not with the first screen (src/i18n/messages.ts registerMessages). */
import { registerMessages } from '../../i18n';
import * as framework from '../../i18n/parts/framework';

registerMessages(framework);
