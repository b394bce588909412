// Every catalog in the tree is complete: the same keys in English and Korean, the same placeholders, Korean text.
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { test } from 'node:test';
import { definedCatalogs } from '../../../core/l10n';
import { catalogModules, ROOT } from './catalog-modules';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

void test('every catalog module is found and loads', async () => {
  const modules = catalogModules();
  assert.ok(modules.length > 0);
  for (const module of modules) await import(module);
  assert.ok(
    definedCatalogs().length >= modules.length,
    `catalogs defined by ${modules.map((m) => relative(ROOT, m)).join(', ')}`,
  );
});

void test('each catalog has the same keys and placeholders in English and Korean, and its Korean is Korean', async () => {
  for (const module of catalogModules()) await import(module);
  for (const { name, catalog } of definedCatalogs()) {
    const en: Readonly<Record<string, string>> = catalog.en;
    const ko: Readonly<Record<string, string>> = catalog.ko;
    assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort(), `${name}: the same keys`);
    for (const [key, text] of Object.entries(en)) {
      const korean = ko[key] ?? '';
      assert.ok(text.trim() !== '' && korean.trim() !== '', `${name}.${key} is not empty`);
      assert.deepEqual(placeholders(korean), placeholders(text), `${name}.${key}: the same placeholders`);
      if (/[A-Za-z]{3}/.test(text.replace(/\{\w+\}/g, '')))
        assert.match(korean, /[가-힣]/, `${name}.${key} is in Korean`);
    }
  }
});

void test('catalog names are unique', async () => {
  for (const module of catalogModules()) await import(module);
  const names = definedCatalogs().map((c) => c.name);
  assert.deepEqual([...new Set(names)].sort(), [...names].sort());
});
