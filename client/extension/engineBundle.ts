// Entry point of dist/extension-engine.js: the engine client, the context packer, builds and runs. The extension loads
// it on first use through `loadEngine()` (./bundles), so activation never pays for protobufjs or tar-stream.
export { resolveEngineEndpoint } from '../engine/connection.js';
export { EngineClient } from '../engine/client.js';
export { buildImage, chooseBuilder } from '../engine/build.js';
export { runContainer, runInteractive } from '../engine/run.js';
export { inspectImage } from '../engine/images.js';
export { killContainer } from '../engine/containers.js';
export { packContext } from '../context/pack.js';
