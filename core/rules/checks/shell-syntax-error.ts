// ShellSyntaxError: a RUN (or shell-form CMD, ENTRYPOINT, HEALTHCHECK) the shell cannot parse. Default error: the
// shell refuses to run any of it, so the build step fails (or the container fails to start). Under /bin/sh, bash-only
// syntax that dash and busybox ash refuse to parse (arrays, `<<<`, `for ((…))`, `select`) counts too, and so do
// `function f` and `<(…)` unless the stage's image is Alpine or busybox, whose ash accepts them.
import { ourDocsUrl } from '../docs';
import type { AnalyzedSnippet, ShellSyntaxIssue } from '../../shell';
import type { FixProposal, Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.ShellSyntaxError',
  {
    summary: 'The shell cannot parse this command, so it fails before running any of it',
    message: 'The shell cannot parse this command, so none of it runs.',
    unclosed:
      'This "{opener}" is never closed: the shell reaches the end of the command without the "{closer}" it needs and stops with a syntax error, running none of it. Add "{closer}" where the block ends.',
    missingCommand:
      '"{operator}" must be followed by a command, but the command line ends here, so the shell stops with a syntax error. Add the missing command or remove "{operator}".',
    unexpected:
      'The shell does not expect "{token}" here and stops with a syntax error, running none of the command. Look for a missing or extra keyword, bracket or quote before it.',
    bashOnly:
      '"{feature}" is bash syntax, but this stage runs its commands with /bin/sh, which refuses to parse it (dash does on Debian and Ubuntu). Add SHELL ["/bin/bash", "-c"] before it, or write it the POSIX way.',
    'fix.close': 'Add "{closer}" at the end',
  },
  {
    summary: '셸이 이 명령을 해석하지 못해, 아무것도 실행하기 전에 실패합니다',
    message: '셸이 이 명령을 해석하지 못해 아무것도 실행되지 않습니다.',
    unclosed:
      '이 "{opener}"이(가) 닫히지 않았습니다. 셸이 필요한 "{closer}"을(를) 만나지 못한 채 명령 끝에 이르러 구문 오류로 멈추고, 명령은 하나도 실행되지 않습니다. 블록이 끝나는 곳에 "{closer}"을(를) 넣으세요.',
    missingCommand:
      '"{operator}" 뒤에는 명령이 와야 하는데 명령 줄이 여기서 끝나, 셸이 구문 오류로 멈춥니다. 빠진 명령을 쓰거나 "{operator}"을(를) 지우세요.',
    unexpected:
      '셸은 이 자리에 "{token}"이(가) 올 것으로 예상하지 않아 구문 오류로 멈추고, 명령은 하나도 실행되지 않습니다. 그 앞에 키워드, 괄호, 따옴표가 빠졌거나 남지 않았는지 확인하세요.',
    bashOnly:
      '"{feature}"은(는) bash 문법인데, 이 스테이지는 명령을 /bin/sh로 실행하고 /bin/sh는 이 문법을 해석하지 못합니다(Debian과 Ubuntu의 dash가 그렇습니다). 그 앞에 SHELL ["/bin/bash", "-c"]를 넣거나 POSIX 방식으로 쓰세요.',
    'fix.close': '끝에 "{closer}" 넣기',
  },
);

/** Closers that can simply be added at the end of a one-line command. */
const APPENDABLE: Record<string, string> = { fi: '; fi', done: '; done', '}': '; }', ')': ')', '"': '"', "'": "'" };

export const ShellSyntaxError: Rule = {
  id: 'ShellSyntaxError',
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('ShellSyntaxError'),
  eachInstruction: {
    keywords: ['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK'],
    check(_instruction, { snippets, report }) {
      for (const snippet of snippets) {
        const issue = firstIssue(snippet);
        if (!issue) continue;
        const fix = closingFix(snippet, issue);
        report({
          range: snippet.text.range(issue.start, issue.end),
          variant: issue.kind,
          data: issue.data,
          fixes: fix ? [fix] : [],
        });
      }
    },
  },
};

/** The error the shell meets first: a parse error, or bash syntax under a shell that refuses it. */
function firstIssue(snippet: AnalyzedSnippet): ShellSyntaxIssue | undefined {
  const { syntaxError, bashOnly } = snippet.script;
  const refused =
    snippet.dialect === 'sh' ? bashOnly.find((issue) => !(snippet.shell.ash && issue.data.ash === 'true')) : undefined;
  if (!refused) return syntaxError;
  return syntaxError && syntaxError.start <= refused.start ? syntaxError : refused;
}

function closingFix(snippet: AnalyzedSnippet, issue: ShellSyntaxIssue): FixProposal | undefined {
  const closer = issue.data.closer ?? '';
  const append = Object.hasOwn(APPENDABLE, closer) ? APPENDABLE[closer] : undefined;
  const text = snippet.text.text;
  if (issue.kind !== 'unclosed' || !append || snippet.kind === 'heredoc' || snippet.heredocs.length > 0) return;
  const end = snippet.text.range(text.length - 1, text.length).end;
  return { titleKey: 'close', data: { closer }, edits: [{ range: { start: end, end }, newText: append }] };
}
