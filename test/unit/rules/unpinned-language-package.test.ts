import { ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('UnpinnedLanguagePackage', [
  { name: 'pip', input: 'FROM python\nRUN pip install flask\n', want: ['UnpinnedLanguagePackage@2'], options },
  { name: 'pip pinned', input: 'FROM python\nRUN pip install flask==3.0.3 "requests>=2,<3"\n', want: [], options },
  { name: 'pip requirements', input: 'FROM python\nRUN pip install -r requirements.txt\n', want: [], options },
  { name: 'pip local project', input: 'FROM python\nRUN pip install -e . ./pkg\n', want: [], options },
  { name: 'npm', input: 'FROM node\nRUN npm install -g express\n', want: ['UnpinnedLanguagePackage@2'], options },
  { name: 'npm scoped pinned', input: 'FROM node\nRUN npm i -g @scope/tool@1.2.3\n', want: [], options },
  { name: 'npm from package.json', input: 'FROM node\nRUN npm install\n', want: [], options },
  { name: 'gem', input: 'FROM ruby\nRUN gem install rails\n', want: ['UnpinnedLanguagePackage@2'], options },
  { name: 'gem -v', input: 'FROM ruby\nRUN gem install rails -v 7.1.3\n', want: [], options },
  { name: 'gem name:version', input: 'FROM ruby\nRUN gem install rails:7.1.3\n', want: [], options },
  {
    name: 'go @latest floats',
    input: 'FROM golang\nRUN go install x.io/t@latest\n',
    want: ['UnpinnedLanguagePackage@2'],
    options,
  },
  { name: 'go pinned', input: 'FROM golang\nRUN go install x.io/t@v1.2.3\n', want: [], options },
]);
