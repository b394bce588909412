// The rule contract: what a rule declares, what it sees, and what validation returns.
import type { DockerfileAst, Instruction, Range, SyntaxProblem } from '../parser/ast';
import type { Catalog, Locale } from '../l10n';
import type { Platform } from '../dockerfile/global-args';
import type { Facts } from './facts';
import type { StageVisitor } from './stage-env';
import type { AnalyzedSnippet, ShellAnalysis, ShellOptions } from '../shell';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** `on`: the rule's default severity, even for a rule that is off by default (experimental). */
export type SeveritySetting = Severity | 'off' | 'on';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  url?: string;
  fixes?: Fix[];
  /** The code of the outside tool this finding relays (ShellCheck's `SC2086`): ignore comments and settings name it. */
  externalCode?: string;
}

export interface ValidateOptions {
  /** `en`, `ko`, `ko-KR` …; anything not Korean is English. */
  locale?: string;
  /**
   * Per-rule overrides by id, by hadolint code (a rule's `aliases`) or by a relayed tool's code (`SC2086`); the key
   * `all` applies to every rule without a setting of its own. `off` removes the findings.
   */
  severities?: Record<string, SeveritySetting>;
  /** Registries a FROM image may come from (hadolint's `trustedRegistries`); without them UntrustedRegistry is silent. */
  trustedRegistries?: readonly string[];
  /**
   * The document's text. Rules about the source as written (keyword casing, empty continuation lines) need it;
   * without it they stay silent.
   */
  text?: string;
  /**
   * Whether the build context's `.dockerignore` excludes a path (relative to the context, `/`-separated).
   * Without it, CopyIgnoredFile stays silent.
   */
  isIgnored?: (path: string) => boolean;
  /**
   * `--build-arg` values, as `docker build --check` takes them: they give ARGs their values, and
   * `BUILDKIT_DOCKERFILE_CHECK` replaces the file's `# check=` directive.
   */
  buildArgs?: Readonly<Record<string, string>>;
  /**
   * What the local engine knows of the base images, by the reference a FROM names once its ARGs are expanded
   * (see `baseImages` in core/dockerfile/global-args). Without it, rules about the base image's environment and
   * platform only report what they can tell without the image.
   */
  images?: ReadonlyMap<string, ImageFacts>;
  /** The platform the build targets (the engine's); linux/amd64 when unknown. */
  platform?: Platform;
  /** The shell parser and ShellCheck's findings (core/shell). Without them the shell rules stay silent. */
  shell?: ShellOptions;
}

/** A local image as the engine describes it (`docker image inspect`): what rules need of it. */
export interface ImageFacts {
  /** `Config.Env`: `NAME=value` entries. */
  env: readonly string[];
  os: string;
  architecture: string;
  variant?: string;
}

/** Values a message interpolates, e.g. `{ instruction: 'CMD' }`. */
export type MessageData = Record<string, string>;

/** A fix before localization: the title is a catalog key below the rule's id. */
export interface FixProposal {
  /** The title is the rule's `fix.<titleKey>` message. */
  titleKey: string;
  data?: MessageData;
  edits: TextEdit[];
}

/** What a rule reports; the central code adds severity, localized message and url. */
export interface Report {
  range: Range;
  /** Message variant: the rule's `<variant>` message, else its `message`. */
  variant?: string;
  data?: MessageData;
  fixes?: FixProposal[];
  /** A documentation link for this finding instead of the rule's (ShellCheck's page for each SC code). */
  url?: string;
  /** The outside tool's own code for this finding (`SC2086`). */
  externalCode?: string;
}

export interface RuleContext {
  ast: DockerfileAst;
  /** Shared facts, computed once per validate call. */
  facts: Facts;
  isIgnored: ((path: string) => boolean) | undefined;
  /** The options validation was called with (build arguments, base images, platform). */
  options: Readonly<ValidateOptions>;
  report: (report: Report) => void;
  /** Every shell snippet parsed (computed on the first call), when validation was given the shell parser. */
  shell: () => ShellAnalysis | undefined;
}

/** What a rule that checks one instruction at a time sees of it besides the instruction. */
export interface InstructionContext {
  /**
   * The instruction's shell snippets (its script and those of its here-documents), when validation has the parser;
   * a RUN's all run while building.
   */
  snippets: readonly AnalyzedSnippet[];
  /** The locale of the findings, for text a report quotes (an instruction's usage). */
  locale: Locale;
  report: (report: Report) => void;
}

/**
 * The check of a rule whose findings on an instruction depend on that instruction (and its shell snippets) alone.
 * Validation runs it on each instruction of its keywords, and keeps what it found with the instruction: across the
 * versions of a document it runs again only on the instructions an edit changed.
 */
export interface InstructionCheck {
  /** The keywords of the instructions it checks (ONBUILD's triggers included); all when absent. */
  keywords?: readonly string[];
  check(instruction: Instruction, context: InstructionContext): void;
  /**
   * Whether what it found on the instruction stands in this version of the document, when that depends on the rest of
   * it (the instruction's stage becoming the image): asked each validation, only of instructions with findings.
   */
  holds?: (instruction: Instruction, context: Omit<RuleContext, 'report'>) => boolean;
  /** Which of its reports on the whole document stand, when that depends on the others (all when absent). */
  select?: (reports: readonly Report[]) => readonly Report[];
}

export interface Rule {
  /** Stable id: BuildKit's name where BuildKit has the rule. */
  id: string;
  defaultSeverity: Severity;
  /** BuildKit marks it experimental: off unless `# check=experimental=…` or a setting enables it. */
  experimental?: boolean;
  /** A BuildKit build check: `# check=skip=all` and `error=true` apply to it. */
  buildCheck: boolean;
  /** hadolint's codes for the same check (`DL3008`), so its ignore comments and settings can name this rule. */
  aliases?: readonly string[];
  /**
   * The rule's texts in English and Korean: `summary` (one line, for docs and listings), `message` (the finding's
   * text), `<variant>` for other wordings of the finding, and `fix.<name>` for quick-fix titles.
   */
  messages: Catalog;
  url: string;
  /** Finds the rule's problems. A rule the parser reports (a problem with the rule's id as code) has none. */
  check?(context: RuleContext): void;
  /** Finds the rule's problems one instruction at a time (instead of `check`). */
  eachInstruction?: InstructionCheck;
  /**
   * For a rule about the variables each instruction sees: its visitor of the stages (none when it has nothing to do).
   * Validation walks the stages once for all these rules (`sharedStageWalk`).
   */
  visitStages?(context: RuleContext): StageVisitor | undefined;
  /**
   * For a problem the parser reported under this rule's id: where to report it (BuildKit's position) and its quick
   * fixes. Without it, the problem's own range and no fix.
   */
  fromProblem?(problem: SyntaxProblem, ast: DockerfileAst, facts: Facts): Pick<Report, 'range' | 'fixes'>;
}
