// Documentation links: BuildKit's pages for BuildKit's checks, our rules page for ours.

/** Our rules reference, one anchor per rule id (lower-cased). */
const OUR_DOCS = 'https://github.com/dockerfile-studio/dockerfile-studio/blob/main/docs/rules.md';

export function ourDocsUrl(id: string): string {
  return `${OUR_DOCS}#${id.toLowerCase()}`;
}

/** `StageNameCasing` → https://docs.docker.com/reference/build-checks/stage-name-casing/ */
export function buildCheckUrl(id: string): string {
  const kebab = id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
  return `https://docs.docker.com/reference/build-checks/${kebab}/`;
}
