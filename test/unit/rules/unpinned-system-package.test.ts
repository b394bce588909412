import { ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('UnpinnedSystemPackage', [
  {
    name: 'apt unpinned',
    input: 'FROM debian\nRUN apt-get install -y curl\n',
    want: ['UnpinnedSystemPackage@2'],
    options,
  },
  { name: 'apt pinned', input: 'FROM debian\nRUN apt-get install -y curl=7.88.1-10\n', want: [], options },
  { name: 'apt .deb file', input: 'FROM debian\nRUN apt-get install -y ./x.deb\n', want: [], options },
  {
    name: 'option values are not packages',
    input: 'FROM debian\nRUN apt-get -o Dpkg::Options::=--force-confold install -y curl=1\n',
    want: [],
    options,
  },
  { name: 'version from a variable', input: 'FROM debian\nRUN apt-get install -y "curl=$V"\n', want: [], options },
  {
    name: 'apk unpinned',
    input: 'FROM alpine\nRUN apk add --no-cache curl\n',
    want: ['UnpinnedSystemPackage@2'],
    options,
  },
  {
    name: 'apk virtual name is not a package',
    input: 'FROM alpine\nRUN apk add --no-cache -t .deps gcc=13.2.1-r0\n',
    want: [],
    options,
  },
  { name: 'yum pinned', input: 'FROM centos\nRUN yum install -y httpd-2.4.6\n', want: [], options },
  { name: 'zypper pinned', input: 'FROM opensuse/leap\nRUN zypper -n install curl=8.0\n', want: [], options },
]);
