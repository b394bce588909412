// Entry point of dist/extension-engine.js: the engine client, the context packer, builds and runs. The extension loads
// it on first use through `loadEngine()` (./bundles), so activation never pays for protobufjs or the context packer.
export { resolveEngineEndpoint } from '../engine/connection';
export { EngineClient } from '../engine/client';
export { buildImage, planBuild } from '../engine/build';
export { runContainer, runInteractive } from '../engine/run';
export { ensureImage, inspectImage, pullImage } from '../engine/images';
export { enginePlatform } from '../cli/engine-images';
export { killContainer, removeContainer, stopContainer } from '../engine/containers';
export { listImages, removeImage, ImageRemoveError } from '../engine/image-list';
export { imageHistory } from '../engine/image-history';
export { listContainers, containerLogs } from '../engine/container-list';
export { packContext } from '../context/pack';
export { parseSecretSpec } from '../engine/session/secrets';
export { parseSshSpec } from '../engine/session/ssh';
export { defaultBuildNetwork } from '../engine/networks';
