// English messages, keyed by rule id (`<id>`, `<id>.<variant>`, `<id>.fix.<name>`) and parser problem code.
// Each explains what is wrong, why it matters and how to fix it.
export const en = {
  // Structure
  NoFromInstruction:
    'This Dockerfile has no FROM instruction. Every image is built on a base image, so the file must start with FROM (for example "FROM alpine"); only ARG may come before it.',
  InstructionBeforeFrom:
    '{instruction} comes before the first FROM. Only ARG may appear before FROM, because every other instruction needs a base image to work on. Move it below the FROM line.',
  UnknownInstruction:
    '"{instruction}" is not a Dockerfile instruction. Check the spelling; valid instructions include FROM, RUN, COPY, CMD, ENV and WORKDIR.',
  'UnknownInstruction.suggest': '"{instruction}" is not a Dockerfile instruction. Did you mean {suggestion}?',
  'UnknownInstruction.fix.replace': 'Change to {suggestion}',
  'WrongArgumentCount.missing': '{instruction} needs at least {min} argument(s), but none were given. Usage: {usage}',
  'WrongArgumentCount.atLeast':
    '{instruction} needs at least {min} arguments, but only {count} were given. Usage: {usage}',
  'WrongArgumentCount.atMost':
    '{instruction} takes exactly one argument, but {count} were given. If the value contains spaces, it is probably a mistake. Usage: {usage}',
  'WrongArgumentCount.from':
    'FROM must read "FROM image" or "FROM image AS name". Check for a missing or misspelled AS, or extra words. Usage: {usage}',
  BlankName: '{instruction} has an "=" with no name before it. Write the name first, like {instruction} NAME=value.',
  'InvalidFlag.unknown': '{flag} is not an option of {instruction}. Options {instruction} understands: {known}.',
  'InvalidFlag.suggest': '{flag} is not an option of {instruction}. Did you mean {suggestion}?',
  'InvalidFlag.noFlags': '{instruction} does not take options like {flag}. Remove it.',
  'InvalidFlag.duplicate': '{flag} is given more than once; {instruction} accepts it only once. Remove the extra one.',
  'InvalidFlag.missingValue': '{flag} needs a value: write {flag}=<value>.',
  'InvalidFlag.notBoolean': '{flag} is an on/off option: write {flag}, {flag}=true or {flag}=false, not "{value}".',
  'InvalidFlag.fix.replace': 'Change to {suggestion}',
  'InvalidImageReference.reason.empty':
    'The image name is empty. Write the image to build on, like "alpine" or "ubuntu:22.04".',
  'InvalidImageReference.reason.uppercase':
    '"{image}" is not a valid image name: repository names must be lower-case. For example "{lower}".',
  'InvalidImageReference.reason.invalidFormat':
    '"{image}" is not a valid image name: a name may only use lower-case letters, digits and the separators ".", "_", "-" and "/". Example: "my-org/my-app:1.0".',
  'InvalidImageReference.reason.invalidDomain':
    '"{image}" is not a valid image name: the registry part before the first "/" is not a valid host name or port.',
  'InvalidImageReference.reason.invalidTag':
    '"{image}" has an invalid tag: after ":" a tag uses letters, digits, "_", "." and "-", starts with a letter, digit or "_", and is at most 128 characters long.',
  'InvalidImageReference.reason.invalidDigest':
    '"{image}" has an invalid digest: after "@" write the algorithm and the hash, like "@sha256:" followed by 64 hexadecimal digits.',
  'InvalidImageReference.reason.unsupportedDigest':
    '"{image}" uses a digest algorithm the builder does not know. Use sha256 (or sha384, sha512).',
  'InvalidImageReference.reason.nameTooLong': '"{image}" is too long: an image name may have at most 255 characters.',
  'InvalidImageReference.reason.hexIdentifier':
    '"{image}" looks like an image ID, not an image name. FROM needs a name such as "alpine"; to pin an exact image, use "name@sha256:…".',
  'InvalidImageReference.fix.lowercase': 'Change to {image}',
  'InvalidOnbuildTrigger.missing': 'ONBUILD needs an instruction to run later, like "ONBUILD RUN make".',
  'InvalidOnbuildTrigger.forbidden':
    '{instruction} is not allowed after ONBUILD: ONBUILD cannot hold ONBUILD, FROM or MAINTAINER. Use another instruction, or write it without ONBUILD.',
  'InvalidHealthcheck.type':
    'HEALTHCHECK expects CMD or NONE here, not "{word}". Write "HEALTHCHECK CMD <command>" or "HEALTHCHECK NONE".',
  'InvalidHealthcheck.noCommand':
    'HEALTHCHECK CMD needs the command that checks the container, like "HEALTHCHECK CMD curl -f http://localhost/".',
  'InvalidHealthcheck.noneAlone':
    'HEALTHCHECK NONE turns the check off and takes no options or command. Remove what follows NONE.',
  'InvalidHealthcheck.retries': '{flag} must be a whole number of attempts, like {flag}=3, not "{value}".',
  'InvalidHealthcheck.duration': '{flag} must be a duration with a unit, like 30s, 1m or 1m30s, not "{value}".',
  'InvalidHealthcheck.tooShort': '{flag} must be 0 (the default) or at least 1ms, not "{value}".',
  ShellRequiresJson: 'SHELL must be written as a JSON array, like SHELL {json}.',
  'ShellRequiresJson.fix.convert': 'Change to {json}',
  'InvalidExposePort.port':
    '"{port}" is not a valid port. EXPOSE takes port numbers from 0 to 65535 or a range like 8000-8010, optionally followed by /tcp, /udp or /sctp.',
  'InvalidExposePort.protocol': '"{port}" has an unknown protocol. Use /tcp (the default), /udp or /sctp.',
  InvalidStopSignal:
    '"{signal}" is not a signal. STOPSIGNAL takes a signal name like SIGTERM or SIGINT, or a signal number like 15.',
  InvalidCheckDirective:
    '"{option}" is not a check option. The check directive reads like "# check=skip=RuleA,RuleB;error=true": skip= lists rules to turn off (or all), experimental= turns on experimental checks, error=true makes warnings fail the build.',
  InvalidStageName:
    '"{name}" cannot name a stage: a stage name must start with a letter and use only letters, digits, "-", "_" and ".". For example: build, test-1, app.base.',
  'InvalidMount.key': '"{key}" is not a --mount option. Options are: {known}.',
  'InvalidMount.keySuggest': '"{key}" is not a --mount option. Did you mean "{suggestion}"?',
  'InvalidMount.pair': '"{field}" needs a value: --mount options are written key=value, like target=/root/.cache.',
  'InvalidMount.type': '"{value}" is not a mount type. Use one of: {allowed} (bind is the default).',
  'InvalidMount.sharing': 'sharing={value} is not valid. Use one of: {allowed}.',
  'InvalidMount.notForType':
    'The {key} option does not apply to type={type} mounts. Remove it, or change the mount type.',
  // BuildKit build checks
  StageNameCasing:
    'Stage name "{name}" should be lower-case ("{lower}"): lower-case names are easy to tell apart from instructions.',
  'StageNameCasing.fix.lowercase': 'Rename to {lower}',
  FromAsCasing: 'The "{as}" keyword should match the case of "{from}": write "{fixed}" so the line reads consistently.',
  'FromAsCasing.fix.match': 'Change to {fixed}',
  NoEmptyContinuation:
    'Empty line inside a continuation: the line before ends with a line-continuation character, so the builder skips this blank line and joins the next line to the instruction. This will become an error; remove the blank line.',
  'NoEmptyContinuation.fix.remove': 'Remove the empty line',
  'ConsistentInstructionCasing.lower':
    'Instruction "{instruction}" should be lower-case like most instructions in this file: write "{fixed}".',
  'ConsistentInstructionCasing.upper':
    'Instruction "{instruction}" should be upper-case like most instructions in this file: write "{fixed}".',
  'ConsistentInstructionCasing.fix.match': 'Change to {fixed}',
  DuplicateStageName:
    'Stage name "{name}" is already used on line {line}. Each stage needs its own name, or FROM and COPY --from cannot tell them apart.',
  ReservedStageName:
    '"{name}" is a reserved word and should not name a stage: "scratch" and "context" have special meanings. Choose another name.',
  JSONArgsRecommended:
    '{instruction} in shell form runs under /bin/sh, which does not pass stop signals to your program, so "docker stop" has to kill it after a timeout. Use the JSON form, like {instruction} ["program", "arg"].',
  'JSONArgsRecommended.fix.convert': 'Change to {json}',
  MaintainerDeprecated: 'MAINTAINER is deprecated. Record the author with a label instead: {label}.',
  'MaintainerDeprecated.fix.label': 'Replace with {label}',
  UndefinedArgInFrom:
    'FROM uses ${name}, but no "ARG {name}" is declared before the first FROM, so it is always empty here. Declare it at the top of the file.',
  'UndefinedArgInFrom.suggest':
    'FROM uses ${name}, which is not declared before the first FROM. Did you mean ${suggestion}?',
  'UndefinedArgInFrom.fix.replace': 'Change to ${suggestion}',
  WorkdirRelativePath:
    'WORKDIR "{path}" is relative, so it depends on the base image\'s working directory, which can change. Use an absolute path like "{absolute}".',
  'WorkdirRelativePath.fix.absolute': 'Change to {absolute}',
  UndefinedVar:
    '${name} is not defined: no ARG or ENV in this stage sets it, so it expands to an empty string. Declare it with "ARG {name}" or "ENV {name}=…" first.',
  'UndefinedVar.suggest': '${name} is not defined in this stage. Did you mean ${suggestion}?',
  'UndefinedVar.fix.replace': 'Change to ${suggestion}',
  MultipleInstructionsDisallowed:
    'This {instruction} has no effect: the {instruction} on line {line} replaces it, because only the last {instruction} of a stage counts. Remove this one or combine them.',
  'MultipleInstructionsDisallowed.fix.remove': 'Remove this {instruction}',
  LegacyKeyValueFormat: 'The "{instruction} key value" form is deprecated. Write "{instruction} key=value" instead.',
  'LegacyKeyValueFormat.fix.convert': 'Change to {replacement}',
  InvalidDefaultArgInFrom:
    'With the default values of {names}, "{image}" becomes "{expanded}", which is not a valid image name, so the build fails unless --build-arg is given. Give the ARG a default value.',
  FromPlatformFlagConstDisallowed:
    'FROM --platform={value} always uses that one platform, even when you build for another. Use a variable like $BUILDPLATFORM, or remove the option.',
  RedundantTargetPlatform:
    'FROM --platform={value} is redundant: FROM already uses the target platform. Remove the option.',
  'RedundantTargetPlatform.fix.remove': 'Remove --platform={value}',
  SecretsUsedInArgOrEnv:
    '{instruction} "{name}" looks like a secret. ARG and ENV values are stored in the image and its history, where anyone can read them. Use a secret mount instead: RUN --mount=type=secret,id=…',
  InvalidDefinitionDescription:
    'A comment right above {instruction} is read as its description and should start with the name: "# {name} <description>". If it is not a description, put an empty line between the comment and the instruction.',
  ExposeProtoCasing: 'The protocol in "{port}" should be lower-case: write "{lower}".',
  'ExposeProtoCasing.fix.lowercase': 'Change to {lower}',
  ExposeInvalidFormat:
    'EXPOSE takes the container port only, not an IP address or host port ("{port}"). Publish host ports when running the container (docker run -p). This will become an error.',
  'ExposeInvalidFormat.fix.containerPort': 'Change to {container}',
  CopyIgnoredFile:
    '{instruction} copies "{file}", but .dockerignore excludes it from the build context, so the build cannot find it. Remove the pattern from .dockerignore (or add "!{file}"), or stop copying the file.',
  // Parser problems
  DuplicateDirective:
    'The parser directive "{name}" is given more than once. Keep only one "# {name}=…" line at the top.',
  InvalidEscapeDirective: 'The escape directive must be a backslash (\\) or a backtick (`), not "{value}".',
  NonStringJSONArray: 'In JSON (exec) form every array element must be a string in double quotes, like ["echo", "1"].',
  InvalidJSONArray:
    'This looks like a JSON array but is not valid JSON, so {instruction} runs it as a shell command. Use double quotes and commas: ["executable", "arg"].',
  KeyWithoutValue: '{instruction} needs a value: write {instruction} {key}=value.',
  MissingEquals: '"{word}" has no "=". When {instruction} sets several values, each must be written name=value.',
  UnterminatedHeredoc: 'The here-document <<{delimiter} is never closed: add a line containing only "{delimiter}".',
  BadSubstitution: 'Bad variable substitution "{text}": write ${NAME}, ${NAME:-default} or ${NAME:+alternative}.',
  UnsupportedModifier: 'The modifier "{modifier}" is not supported in "{text}". Use :-, -, :+, +, :?, ?, #, %, or /.',
  UnterminatedQuote:
    'This {quote} quote is never closed, so the build fails while reading the argument. Add the closing quote.',
  ParserInternalError: 'The Dockerfile parser failed unexpectedly ({detail}). Please report this file.',
} as const;

export type RuleMessageKey = keyof typeof en;
