// Brings up the Dockerfile Studio panel.
import type { Studio } from '../studio';

export const showOutput = (studio: Studio) => (): void => studio.panel.show();
