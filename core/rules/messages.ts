// The rules' and the parser problems' messages, keyed by rule id (`<id>`, `<id>.<variant>`, `<id>.fix.<name>`).
import { defineCatalog } from '../l10n';
import { en } from './messages.en';
import { ko } from './messages.ko';

export const ruleMessages = defineCatalog('rules', en, ko);
