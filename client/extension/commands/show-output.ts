// Brings up the Dockerfile Studio panel, or the raw build log (every line the engine sent, as `docker build` shows it).
import type { Studio } from '../studio';

export const showOutput = (studio: Studio) => (): void => studio.panel.show();

export const showRawBuildLog = (studio: Studio) => (): void => studio.rawLog.show();
