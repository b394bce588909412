// AddInsteadOfCopy (hadolint DL3020): ADD of local files that are not archives (COPY says what happens), or of a URL
// without --checksum. Default info: ADD works, but it unpacks local archives and downloads URLs unchecked, so a
// reader cannot tell what it does; COPY for files, and ADD --checksum (or curl in RUN) for downloads, say it.
import { ourDocsUrl } from '../docs';
import type { Instruction } from '../../parser/ast';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.AddInsteadOfCopy',
  {
    summary: 'Use COPY for local files; ADD downloads or unpacks, which should be on purpose',
    message:
      'ADD copies these files just like COPY would, but a reader has to check whether ADD unpacks or downloads something. Use COPY for plain files and folders.',
    url: 'ADD downloads {source} without checking what arrives. Add --checksum=sha256:… so the build fails if the file changes, or download it with curl in a RUN.',
    'fix.copy': 'Change to COPY',
  },
  {
    summary: '로컬 파일에는 COPY를 쓰세요. ADD는 내려받거나 압축을 푸는데, 이는 의도했을 때만 써야 합니다',
    message:
      'ADD는 이 파일들을 COPY와 똑같이 복사하지만, 읽는 사람은 ADD가 압축을 풀거나 내려받는지 따져 봐야 합니다. 일반 파일과 폴더에는 COPY를 쓰세요.',
    url: 'ADD가 {source}을(를) 받은 내용을 확인하지 않고 내려받습니다. 파일이 바뀌면 빌드가 실패하도록 --checksum=sha256:…을 붙이거나, RUN에서 curl로 내려받으세요.',
    'fix.copy': 'COPY로 바꾸기',
  },
);

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tar\.lz|gz|bz2|xz)$/i;
const URL = /^https?:\/\//i;
const GIT = /^git@|\.git(#.*)?$|^git:\/\//i;

export const AddInsteadOfCopy: Rule = {
  id: 'AddInsteadOfCopy',
  aliases: ['DL3020'],
  defaultSeverity: 'info',
  buildCheck: false,
  messages,
  url: ourDocsUrl('AddInsteadOfCopy'),
  eachInstruction: {
    keywords: ['ADD'],
    check(add, { report }) {
      const sources = sourcesOf(add);
      if (sources.length === 0 || sources.some((source) => GIT.test(source) || source.includes('$'))) return;
      const download = sources.find((source) => URL.test(source));
      if (download) {
        if (!add.flags.some((flag) => flag.name === 'checksum')) {
          report({ range: add.argsRange ?? add.keywordRange, variant: 'url', data: { source: download } });
        }
        return;
      }
      if (sources.some((source) => ARCHIVE.test(source))) return;
      const written = add.writtenKeyword ?? 'ADD';
      const copy = written === written.toLowerCase() ? 'copy' : 'COPY';
      const edits = [{ range: add.keywordRange, newText: copy }];
      report({ range: add.keywordRange, fixes: [{ titleKey: 'copy', edits }] });
    },
  },
};

/** The sources: every argument but the destination, here-documents left out (ADD <<EOF is like COPY). */
function sourcesOf(add: Instruction): string[] {
  if (add.heredocs.length > 0) return [];
  return add.args.slice(0, -1).map((word) => word.value);
}
