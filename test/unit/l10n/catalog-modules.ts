// Every catalog in the tree, found by reading the source folders (a new catalog needs no registration).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { definedCatalogs } from '../../../core/l10n';

export const ROOT = join(__dirname, '../../..');
const SOURCE_FOLDERS = ['core', 'server', 'client', 'scripts'];

/** Every source file that defines a catalog. */
export function catalogModules(): string[] {
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts') && /\bdefineCatalog\(\s*'/.test(readFileSync(path, 'utf8'))) found.push(path);
    }
  };
  for (const folder of SOURCE_FOLDERS) visit(join(ROOT, folder));
  return found;
}

/** Every catalog of the tree, once their modules are loaded. */
export async function allCatalogs(): Promise<ReturnType<typeof definedCatalogs>> {
  for (const module of catalogModules()) await import(module);
  return definedCatalogs();
}
