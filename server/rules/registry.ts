// Every rule, registered once. Order here is the order rules run; findings are sorted by position afterwards.
import { ConsistentInstructionCasing } from './checks/ConsistentInstructionCasing';
import { CopyIgnoredFile } from './checks/CopyIgnoredFile';
import { DuplicateStageName } from './checks/DuplicateStageName';
import { ExposeInvalidFormat } from './checks/ExposeInvalidFormat';
import { ExposeProtoCasing } from './checks/ExposeProtoCasing';
import { FromAsCasing } from './checks/FromAsCasing';
import { FromPlatformFlagConstDisallowed } from './checks/FromPlatformFlagConstDisallowed';
import { InstructionBeforeFrom } from './checks/InstructionBeforeFrom';
import { InvalidCheckDirective } from './checks/InvalidCheckDirective';
import { InvalidDefaultArgInFrom } from './checks/InvalidDefaultArgInFrom';
import { InvalidExposePort } from './checks/InvalidExposePort';
import { InvalidDefinitionDescription } from './checks/InvalidDefinitionDescription';
import { InvalidFlag } from './checks/InvalidFlag';
import { InvalidHealthcheck } from './checks/InvalidHealthcheck';
import { InvalidImageReference } from './checks/InvalidImageReference';
import { BlankName } from './checks/BlankName';
import { InvalidMount } from './checks/InvalidMount';
import { InvalidOnbuildTrigger } from './checks/InvalidOnbuildTrigger';
import { InvalidStageName } from './checks/InvalidStageName';
import { InvalidStopSignal } from './checks/InvalidStopSignal';
import { JSONArgsRecommended } from './checks/JSONArgsRecommended';
import { LegacyKeyValueFormat } from './checks/LegacyKeyValueFormat';
import { MaintainerDeprecated } from './checks/MaintainerDeprecated';
import { MultipleInstructionsDisallowed } from './checks/MultipleInstructionsDisallowed';
import { NoEmptyContinuation } from './checks/NoEmptyContinuation';
import { NoFromInstruction } from './checks/NoFromInstruction';
import { RedundantTargetPlatform } from './checks/RedundantTargetPlatform';
import { ReservedStageName } from './checks/ReservedStageName';
import { SecretsUsedInArgOrEnv } from './checks/SecretsUsedInArgOrEnv';
import { ShellRequiresJson } from './checks/ShellRequiresJson';
import { StageNameCasing } from './checks/StageNameCasing';
import { UndefinedArgInFrom } from './checks/UndefinedArgInFrom';
import { UndefinedVar } from './checks/UndefinedVar';
import { UnknownInstruction } from './checks/UnknownInstruction';
import { WorkdirRelativePath } from './checks/WorkdirRelativePath';
import { WrongArgumentCount } from './checks/WrongArgumentCount';
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
