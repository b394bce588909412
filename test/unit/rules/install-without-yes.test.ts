import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';
import { shellOptions } from './shell-helper';

const options = shellOptions;

ruleTable('InstallWithoutYes', [
  {
    name: 'apt-get install without -y',
    input: 'FROM debian\nRUN apt-get install curl\n',
    want: ['InstallWithoutYes@2'],
    options,
  },
  { name: 'with -y', input: 'FROM debian\nRUN apt-get install -y curl\n', want: [], options },
  { name: 'with --yes after the packages', input: 'FROM debian\nRUN apt-get install curl --yes\n', want: [], options },
  { name: 'clustered -qy', input: 'FROM debian\nRUN apt-get -qy install curl\n', want: [], options },
  { name: '-qq implies yes', input: 'FROM debian\nRUN apt-get -qq install curl\n', want: [], options },
  { name: 'yes piped in', input: 'FROM debian\nRUN yes | apt-get install curl\n', want: [], options },
  { name: 'apt-get update needs no answer', input: 'FROM debian\nRUN apt-get update\n', want: [], options },
  { name: 'apt too', input: 'FROM debian\nRUN apt install curl\n', want: ['InstallWithoutYes@2'], options },
  { name: 'under sudo', input: 'FROM debian\nRUN sudo apt-get remove curl\n', want: ['InstallWithoutYes@2'], options },
  {
    name: 'on the continuation line where it is',
    input: 'FROM debian\nRUN apt-get update && \\\n    apt-get install curl\n',
    want: ['InstallWithoutYes@3'],
    options,
  },
  { name: 'yum', input: 'FROM centos\nRUN yum install httpd\n', want: ['InstallWithoutYes@2'], options },
  { name: 'dnf -y', input: 'FROM fedora\nRUN dnf -y install httpd\n', want: [], options },
  { name: 'zypper -n', input: 'FROM opensuse/leap\nRUN zypper -n install curl\n', want: [], options },
  {
    name: 'zypper without',
    input: 'FROM opensuse/leap\nRUN zypper install curl\n',
    want: ['InstallWithoutYes@2'],
    options,
  },
  { name: 'apk never asks', input: 'FROM alpine\nRUN apk add curl\n', want: [], options },
  { name: 'package named like a subcommand', input: 'FROM debian\nRUN echo apt-get install\n', want: [], options },
  {
    name: 'a shell heredoc script',
    input: 'FROM debian\nRUN <<EOF\napt-get update\napt-get install curl\nEOF\n',
    want: ['InstallWithoutYes@4'],
    options,
    noVariants: true,
  },
  {
    name: 'a heredoc script read by the last command of a list',
    input: 'FROM debian\nRUN apt-get update && bash <<EOF\nset -e\napt-get install curl\nEOF\n',
    want: ['InstallWithoutYes@4'],
    options,
    noVariants: true,
  },
  {
    name: 'a heredoc script read by the end of a pipeline',
    input: 'FROM debian\nRUN echo start | sh <<EOF\napt-get install curl\nEOF\n',
    want: ['InstallWithoutYes@3'],
    options,
    noVariants: true,
  },
  {
    name: 'a heredoc a list ends with text for cat',
    input: 'FROM debian\nRUN apt-get update && cat > /x <<EOF\napt-get install curl\nEOF\n',
    want: [],
    options,
    noVariants: true,
  },
  { name: 'no parser: silent', input: 'FROM debian\nRUN apt-get install curl\n', want: [] },
]);

void test('InstallWithoutYes in a heredoc script after `&&` points at its line and column', () => {
  const text = 'FROM debian\nRUN apt-get update && bash <<EOF\n  apt-get install curl\nEOF\n';
  const finding = check(text, shellOptions).find((f) => f.code === 'InstallWithoutYes');
  assert.deepEqual(finding?.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 17 } });
});

void test('InstallWithoutYes points at "apt-get install" and its fix adds -y after install', () => {
  const text = 'FROM debian\nRUN  apt-get install curl\n';
  const finding = check(text, shellOptions).find((f) => f.code === 'InstallWithoutYes');
  assert.deepEqual(finding?.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 20 } });
  const edit = finding?.fixes?.[0]?.edits[0];
  assert.deepEqual(edit, {
    range: { start: { line: 1, character: 20 }, end: { line: 1, character: 20 } },
    newText: ' -y',
  });
});
