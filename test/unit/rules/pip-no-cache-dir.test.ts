import { ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('PipNoCacheDir', [
  {
    name: 'pip install',
    input: 'FROM python\nRUN pip install -r requirements.txt\n',
    want: ['PipNoCacheDir@2'],
    options,
  },
  {
    name: 'python -m pip',
    input: 'FROM python\nRUN python3 -m pip install x==1\n',
    want: ['PipNoCacheDir@2'],
    options,
  },
  { name: 'with --no-cache-dir', input: 'FROM python\nRUN pip install --no-cache-dir x==1\n', want: [], options },
  {
    name: 'ENV PIP_NO_CACHE_DIR',
    input: 'FROM python\nENV PIP_NO_CACHE_DIR=1\nRUN pip install x==1\n',
    want: [],
    options,
  },
  {
    name: 'cache mount',
    input: 'FROM python\nRUN --mount=type=cache,target=/root/.cache/pip pip install x==1\n',
    want: [],
    options,
  },
  { name: 'pip list', input: 'FROM python\nRUN pip list\n', want: [], options },
]);
