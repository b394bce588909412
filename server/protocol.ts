// The protocol's own methods beyond LSP, shared by both ends (no imports: the extension bundles this file).

/** Client → server: a Dockerfile's build arguments (its last build's, over the build-args setting). */
export const BUILD_ARGS = 'dockerfileStudio/buildArgs';
/** Client → server: what the local engine knows of base images (environment and platform, by reference). */
export const IMAGES = 'dockerfileStudio/images';
/** Client → server: the names of the local engine's images, for completion. */
export const LOCAL_IMAGES = 'dockerfileStudio/localImages';
/** Client → server request: check Dockerfiles that are not open ("Check Workspace"). */
export const CHECK_FILES_REQUEST = 'dockerfileStudio/checkFiles';

/** Server → client: sent when a document's checks become reduced (larger than `validation.maxFileSize`) or full again. */
export const VALIDATION_SCOPE = 'dockerfileStudio/validationScope';

export interface ValidationScope {
  uri: string;
  /** Only the checks that stay linear in the document's size run: no shell analysis, no ShellCheck. */
  reduced: boolean;
  /** The document's size and the setting, in characters. */
  size: number;
  maxFileSize: number;
}
