// CopySourcesNeedSlash (hadolint DL3021): COPY or ADD of several sources into a destination without a trailing `/`.
// Default warning: Docker's classic builder stops with "When using COPY with more than one source file, the
// destination must be a directory and end with a /"; BuildKit and Podman make the destination a directory
// (docs/engine-facts.md), so the same Dockerfile builds on one engine and fails on another.
import { ourDocsUrl } from '../docs';
import type { Instruction } from '../../parser/ast';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.CopySourcesNeedSlash',
  {
    summary: 'COPY and ADD of several sources need a destination ending in "/"',
    message:
      '{instruction} copies {count} sources into "{destination}", which does not end with "/": Docker\'s classic builder stops here, and BuildKit silently makes it a directory. Write "{destination}/" to say it is a directory.',
    'fix.slash': 'Change to {destination}/',
  },
  {
    summary: '여러 소스를 복사하는 COPY와 ADD의 대상은 "/"로 끝나야 합니다',
    message:
      '{instruction}이(가) 소스 {count}개를 "/"로 끝나지 않는 "{destination}"(으)로 복사합니다. Docker의 클래식 빌더는 여기서 멈추고, BuildKit은 말없이 디렉터리로 만듭니다. 디렉터리라는 뜻으로 "{destination}/"라고 쓰세요.',
    'fix.slash': '{destination}/(으)로 바꾸기',
  },
);

export const CopySourcesNeedSlash: Rule = {
  id: 'CopySourcesNeedSlash',
  aliases: ['DL3021'],
  defaultSeverity: 'warning',
  buildCheck: false,
  messages,
  url: ourDocsUrl('CopySourcesNeedSlash'),
  eachInstruction: {
    keywords: ['COPY', 'ADD'],
    check(instruction, { report }) {
      const destination = instruction.args[instruction.args.length - 1];
      const count = sourceCount(instruction);
      if (!destination || count < 2 || isDirectory(destination.value)) return;
      const data = { instruction: instruction.keyword, count: String(count), destination: destination.value };
      const fix = instruction.json ? undefined : { range: destination.range, newText: `${destination.value}/` };
      report({
        range: destination.range,
        data,
        fixes: fix ? [{ titleKey: 'slash', data, edits: [fix] }] : [],
      });
    },
  },
};

function sourceCount(instruction: Instruction): number {
  return instruction.args.length - 1;
}

/** Ends with `/` (or `\` on Windows), is `.`, or is left to a variable the builder expands. */
function isDirectory(destination: string): boolean {
  return /[/\\]$/.test(destination) || destination === '.' || destination.includes('$');
}
