// The documents Dockerfile Studio serves.

export const dockerfileSelector = [
  { language: 'dockerfile', scheme: 'file' },
  { language: 'dockerfile', scheme: 'untitled' },
];
