import { ruleTable } from './helper';

const arm = new Map([['alpine:3.20', { env: [], os: 'linux', architecture: 'arm64', variant: 'v8' }]]);
const amd = new Map([['alpine:3.20', { env: [], os: 'linux', architecture: 'amd64' }]]);

ruleTable('InvalidBaseImagePlatform', [
  {
    name: 'a local arm64 image in an amd64 build',
    input: 'FROM alpine:3.20\n',
    want: ['InvalidBaseImagePlatform@1'],
    options: { images: arm, platform: { os: 'linux', architecture: 'amd64' } },
  },
  {
    name: 'the platform the engine builds for',
    input: 'FROM alpine:3.20\n',
    want: [],
    options: { images: amd, platform: { os: 'linux', architecture: 'amd64' } },
  },
  {
    name: 'FROM --platform sets the expected platform',
    input: 'FROM --platform=linux/arm64 alpine:3.20 AS arm64\n',
    want: [],
    options: { images: arm, platform: { os: 'linux', architecture: 'amd64' } },
  },
  {
    name: "--platform=$BUILDPLATFORM is the engine's platform",
    input: 'FROM --platform=$BUILDPLATFORM alpine:3.20\n',
    want: ['InvalidBaseImagePlatform@1'],
    options: { images: arm, platform: { os: 'linux', architecture: 'amd64' } },
  },
  {
    name: 'an ARG-templated image reference',
    input: 'ARG V=3.20\nFROM alpine:${V}\n',
    want: ['InvalidBaseImagePlatform@2'],
    options: { images: arm },
  },
  { name: 'silent when the engine does not know the image', input: 'FROM alpine:3.20\n', want: [] },
  { name: 'a stage is no image', input: 'FROM alpine:3.20 AS a\nFROM a\n', want: [], options: { images: amd } },
]);
