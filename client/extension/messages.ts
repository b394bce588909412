// The extension's own user-facing texts (notifications, prompts, lenses, the panel, the status item), English and
// Korean. No vscode import: client/extension/l10n.ts picks the locale; the catalog test loads this module in Node.
import { defineCatalog } from '../../core/l10n';
import { en } from './messages.en';
import { ko } from './messages.ko';

export const extensionMessages = defineCatalog('extension', en, ko);

export type { ExtensionMessageKey } from './messages.en';
