import { ruleTable } from './helper';

ruleTable('InvalidStageReference', [
  { name: 'an earlier stage by name', input: 'FROM alpine AS build\nFROM alpine\nCOPY --from=build /a /a\n', want: [] },
  { name: 'an earlier stage by index', input: 'FROM alpine\nFROM alpine\nCOPY --from=0 /a /a\n', want: [] },
  { name: 'an image, not a stage', input: 'FROM alpine\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n', want: [] },
  {
    name: 'COPY --from its own stage: a circular dependency',
    input: 'FROM alpine AS app\nCOPY --from=app /a /b\n',
    want: ['InvalidStageReference@2'],
  },
  {
    name: 'its own stage, in other case',
    input: 'FROM alpine AS app\nCOPY --from=APP /a /b\n',
    want: ['InvalidStageReference@2'],
  },
  { name: 'its own stage by index', input: 'FROM alpine\nCOPY --from=0 /a /b\n', want: ['InvalidStageReference@2'] },
  {
    name: 'COPY --from a later stage',
    input: 'FROM alpine AS app\nCOPY --from=tools /bin/x /x\nFROM alpine AS tools\n',
    want: ['InvalidStageReference@2'],
  },
  {
    name: 'two stages that copy from each other',
    input: 'FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nCOPY --from=a /y /y\n',
    want: ['InvalidStageReference@2'],
  },
  {
    name: 'RUN --mount from a later stage',
    input: 'FROM alpine\nRUN --mount=type=bind,from=later,target=/m ls /m\nFROM alpine AS later\n',
    want: ['InvalidStageReference@2'],
  },
  {
    name: 'a stage index past the last stage',
    input: 'FROM alpine\nCOPY --from=3 /a /a\n',
    want: ['InvalidStageReference@2'],
  },
  {
    name: 'a stage name in another case',
    input: 'FROM alpine AS Build\nFROM alpine\nCOPY --from=build /a /a\n',
    want: [],
  },
  { name: 'a variable is left to the build', input: 'FROM alpine\nARG S\nCOPY --from=$S /a /a\n', want: [] },
]);
