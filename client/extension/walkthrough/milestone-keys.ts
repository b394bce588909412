// The context keys the walkthrough's steps complete on (package.json `completionEvents: onContext:…`), one per
// thing a learner really did. No vscode import: a unit test checks the manifest against this list.
export const milestoneKeys = {
  wroteDockerfile: 'dockerfileStudio.learn.wroteDockerfile',
  fixedSecondCmd: 'dockerfileStudio.learn.fixedSecondCmd',
  built: 'dockerfileStudio.learn.built',
  sawLayers: 'dockerfileStudio.learn.sawLayers',
  builtTagged: 'dockerfileStudio.learn.builtTagged',
  ranWithOutput: 'dockerfileStudio.learn.ranWithOutput',
} as const;

export type Milestone = keyof typeof milestoneKeys;
