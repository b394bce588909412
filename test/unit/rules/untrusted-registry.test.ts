import { ruleTable } from './helper';

const trusted = { trustedRegistries: ['docker.io', 'registry.example.com:5000'] };

ruleTable('UntrustedRegistry', [
  { name: 'silent until the project lists registries', input: 'FROM ghcr.io/acme/app:1\n', want: [] },
  { name: 'a listed registry', input: 'FROM registry.example.com:5000/app:1\n', want: [], options: trusted },
  { name: 'no registry host means Docker Hub', input: 'FROM alpine:3.20\n', want: [], options: trusted },
  {
    name: 'another registry',
    input: 'FROM ghcr.io/acme/app:1\n',
    want: ['UntrustedRegistry@1'],
    options: trusted,
  },
  {
    name: 'Docker Hub when it is not listed',
    input: 'FROM alpine:3.20\n',
    want: ['UntrustedRegistry@1'],
    options: { trustedRegistries: ['registry.example.com:5000'] },
  },
  {
    name: 'registry hosts compare without case',
    input: 'FROM Registry.Example.com:5000/app:1\n',
    want: [],
    options: trusted,
  },
  {
    name: 'stages, scratch and variables are not images from a registry',
    input: 'ARG BASE=ghcr.io/x/y\nFROM scratch AS base\nFROM base\nFROM $BASE\n',
    want: [],
    options: trusted,
  },
  {
    name: 'every FROM is checked',
    input: 'FROM ghcr.io/a/b:1 AS one\nFROM quay.io/c/d:2\n',
    want: ['UntrustedRegistry@1', 'UntrustedRegistry@2'],
    options: trusted,
  },
]);
