import { ruleTable } from './helper';

ruleTable('FromPlatformFlagConstDisallowed', [
  {
    name: 'a constant platform',
    input: 'FROM --platform=linux/amd64 alpine\n',
    want: ['FromPlatformFlagConstDisallowed@1'],
  },
  {
    name: 'a constant platform in a named stage',
    input: 'FROM --platform=linux/arm64 alpine AS build\n',
    want: ['FromPlatformFlagConstDisallowed@1'],
  },
  {
    name: 'the stage name mentions the architecture',
    input: 'FROM --platform=linux/amd64 alpine AS build-amd64\n',
    want: [],
  },
  { name: 'a variable', input: 'FROM --platform=$BUILDPLATFORM alpine\n', want: [] },
  { name: 'no --platform', input: 'FROM alpine\n', want: [] },
]);
