/** The ranking and composite strings load with the rank view, not with the first screen (src/i18n/messages.ts registerMessages). */
import { registerMessages } from '../../i18n';
import * as rank from '../../i18n/parts/rank';

registerMessages(rank);
