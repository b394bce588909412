// checkDocument: parse + validate, for the CLI, tests and fuzzing.
import { parse } from './parser';
import { validate, type Finding, type ValidateOptions } from './rules';

export function checkDocument(text: string, options: ValidateOptions = {}): Finding[] {
  return validate(parse(text), { ...options, text });
}
