// Entry point of dist/extension-engine.js: the engine client, the context packer, builds and runs. The extension loads
// it on first use through `loadEngine()` (./bundles), so activation never pays for protobufjs or tar-stream.
export { resolveEngineEndpoint } from '../engine/connection';
export { EngineClient } from '../engine/client';
export { buildImage, planBuild } from '../engine/build';
export { runContainer, runInteractive } from '../engine/run';
export { ensureImage, inspectImage, pullImage } from '../engine/images';
export { killContainer } from '../engine/containers';
export { packContext } from '../context/pack';
export { parseSecretSpec } from '../engine/session/secrets';
export { parseSshSpec } from '../engine/session/ssh';
