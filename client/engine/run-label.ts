// The label every container started by Dockerfile Studio's runs carries, so its Containers view can list them.
export const runLabelKey = 'dockerfile-studio.run';
export const runLabels: Readonly<Record<string, string>> = { [runLabelKey]: 'true' };
