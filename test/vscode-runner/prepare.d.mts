export class Skip extends Error {}
export function chromiumPath(): string;
