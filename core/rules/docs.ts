// Documentation links: Docker's page for each BuildKit check, and for our own rules the reference that ships with the
// extension and the CLI (docs/rules.md, docs/rules.ko.md), written relative to the package root: the CLI and the
// language server turn it into a file URL (core/node/docs-location.ts), the extension into a command that opens it.

/** Our rules reference, per locale, relative to the package root. */
export const OUR_DOCS_FILES = { en: 'docs/rules.md', ko: 'docs/rules.ko.md' } as const;

/** The heading anchor of a rule in our reference: its id, lower-cased (how Markdown previews slug `### RuleId`). */
export function docsAnchor(id: string): string {
  return id.toLowerCase();
}

/** `docs/rules.md#nofrominstruction`. */
export function ourDocsUrl(id: string): string {
  return `${OUR_DOCS_FILES.en}#${docsAnchor(id)}`;
}

/** The anchor of a link into our reference; undefined for any other link. */
export function ourDocsAnchor(url: string): string | undefined {
  const prefix = `${OUR_DOCS_FILES.en}#`;
  return url.startsWith(prefix) ? url.slice(prefix.length) : undefined;
}

/** A rule's docs link as something to open: our reference under `root` (a URL), in the locale's language; else as is. */
export function ruleDocsLink(url: string, locale: keyof typeof OUR_DOCS_FILES, root: string | undefined): string {
  const anchor = ourDocsAnchor(url);
  if (anchor === undefined || root === undefined) return url;
  return `${root.replace(/\/$/, '')}/${OUR_DOCS_FILES[locale]}#${docsAnchor(anchor)}`;
}

/** `StageNameCasing` → https://docs.docker.com/reference/build-checks/stage-name-casing/ */
export function buildCheckUrl(id: string): string {
  const kebab = id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
  return `https://docs.docker.com/reference/build-checks/${kebab}/`;
}
