// Every rule, registered once. Order here is the order rules run; findings are sorted by position afterwards.
import { ConsistentInstructionCasing } from './checks/consistent-instruction-casing';
import { CopyIgnoredFile } from './checks/copy-ignored-file';
import { DuplicateStageName } from './checks/duplicate-stage-name';
import { ExposeInvalidFormat } from './checks/expose-invalid-format';
import { ExposeProtoCasing } from './checks/expose-proto-casing';
import { FromAsCasing } from './checks/from-as-casing';
import { FromPlatformFlagConstDisallowed } from './checks/from-platform-flag-const-disallowed';
import { InstructionBeforeFrom } from './checks/instruction-before-from';
import { InvalidCheckDirective } from './checks/invalid-check-directive';
import { InvalidDefaultArgInFrom } from './checks/invalid-default-arg-in-from';
import { InvalidExposePort } from './checks/invalid-expose-port';
import { InvalidDefinitionDescription } from './checks/invalid-definition-description';
import { InvalidFlag } from './checks/invalid-flag';
import { InvalidHealthcheck } from './checks/invalid-healthcheck';
import { InvalidImageReference } from './checks/invalid-image-reference';
import { BlankName } from './checks/blank-name';
import { InvalidMount } from './checks/invalid-mount';
import { InvalidOnbuildTrigger } from './checks/invalid-onbuild-trigger';
import { InvalidStageName } from './checks/invalid-stage-name';
import { InvalidStopSignal } from './checks/invalid-stop-signal';
import { JSONArgsRecommended } from './checks/json-args-recommended';
import { LegacyKeyValueFormat } from './checks/legacy-key-value-format';
import { MaintainerDeprecated } from './checks/maintainer-deprecated';
import { MultipleInstructionsDisallowed } from './checks/multiple-instructions-disallowed';
import { NoEmptyContinuation } from './checks/no-empty-continuation';
import { NoFromInstruction } from './checks/no-from-instruction';
import { RedundantTargetPlatform } from './checks/redundant-target-platform';
import { ReservedStageName } from './checks/reserved-stage-name';
import { SecretsUsedInArgOrEnv } from './checks/secrets-used-in-arg-or-env';
import { ShellRequiresJson } from './checks/shell-requires-json';
import { StageNameCasing } from './checks/stage-name-casing';
import { UndefinedArgInFrom } from './checks/undefined-arg-in-from';
import { UndefinedVar } from './checks/undefined-var';
import { UnknownInstruction } from './checks/unknown-instruction';
import { WorkdirRelativePath } from './checks/workdir-relative-path';
import { WrongArgumentCount } from './checks/wrong-argument-count';
import type { Rule } from './types';

export const rules: readonly Rule[] = [
  // Errors: the build would fail.
  NoFromInstruction,
  InstructionBeforeFrom,
  UnknownInstruction,
  WrongArgumentCount,
  BlankName,
  InvalidFlag,
  InvalidImageReference,
  InvalidStageName,
  InvalidOnbuildTrigger,
  InvalidHealthcheck,
  ShellRequiresJson,
  InvalidExposePort,
  InvalidStopSignal,
  InvalidCheckDirective,
  InvalidMount,
  // BuildKit's build checks, under BuildKit's names.
  StageNameCasing,
  FromAsCasing,
  NoEmptyContinuation,
  ConsistentInstructionCasing,
  DuplicateStageName,
  ReservedStageName,
  JSONArgsRecommended,
  MaintainerDeprecated,
  UndefinedArgInFrom,
  WorkdirRelativePath,
  UndefinedVar,
  MultipleInstructionsDisallowed,
  LegacyKeyValueFormat,
  InvalidDefaultArgInFrom,
  FromPlatformFlagConstDisallowed,
  RedundantTargetPlatform,
  SecretsUsedInArgOrEnv,
  InvalidDefinitionDescription,
  ExposeProtoCasing,
  ExposeInvalidFormat,
  CopyIgnoredFile,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));
