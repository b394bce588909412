import { ruleTable } from './helper';

ruleTable('InvalidOnbuildTrigger', [
  { name: 'ONBUILD ONBUILD', input: 'FROM a\nONBUILD ONBUILD RUN x\n', want: ['InvalidOnbuildTrigger@2'] },
  { name: 'ONBUILD FROM', input: 'FROM a\nONBUILD FROM b\n', want: ['InvalidOnbuildTrigger@2'] },
  { name: 'ONBUILD MAINTAINER', input: 'FROM a\nonbuild maintainer me\n', want: ['InvalidOnbuildTrigger@2'] },
  { name: 'ONBUILD alone', input: 'FROM a\nONBUILD\n', want: ['InvalidOnbuildTrigger@2'] },
  { name: 'allowed triggers', input: 'FROM a\nONBUILD RUN make\nONBUILD COPY . /app\nONBUILD ENV A=1\n', want: [] },
]);
