// Where the rules reference ships: docs/ beside dist/ in the extension and the CLI package, or in the repository when
// run from source. Links into it (core/rules/docs.ts) become file URLs there, which work offline.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OUR_DOCS_FILES, ruleDocsLink } from '../rules/docs';

let root: string | null | undefined;

/** The folder holding docs/rules.md, found once by walking up from this module; undefined when none is found. */
export function packageRoot(): string | undefined {
  if (root === undefined) {
    root = null;
    for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
      if (existsSync(join(dir, OUR_DOCS_FILES.en))) {
        root = dir;
        break;
      }
    }
  }
  return root ?? undefined;
}

/** The package root as a file URL, for links into the reference; undefined when it is not found. */
export function docsRootUrl(): string | undefined {
  const base = packageRoot();
  return base === undefined ? undefined : pathToFileURL(base).href;
}

/** A rule's docs link as something to open: our reference's file URL (in the locale's language), or Docker's page. */
export function openableDocsUrl(url: string, locale: 'en' | 'ko' = 'en'): string {
  return ruleDocsLink(url, locale, docsRootUrl());
}
