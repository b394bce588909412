// Every rule, found in checks/ (checks/index.ts is generated from that folder: `npm run generate`).
import { checks } from './checks';
import type { Rule } from './types';

/** The rules in the order they run (by file name); findings are sorted by position afterwards. */
export const rules: readonly Rule[] = checks;

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));
