// Decides whether a crashed language server may be restarted: a bounded number of crashes in a sliding window.

export interface CrashPolicyOptions {
  maxCrashes: number;
  windowMs: number;
}

export class CrashPolicy {
  private readonly crashTimes: number[] = [];

  constructor(private readonly options: CrashPolicyOptions) {}

  /** Records a crash at `now` and says whether another restart is allowed. */
  recordCrash(now: number): boolean {
    this.crashTimes.push(now);
    while (this.crashTimes.length > 0 && now - (this.crashTimes[0] ?? now) > this.options.windowMs) {
      this.crashTimes.shift();
    }
    return this.crashTimes.length < this.options.maxCrashes;
  }

  get recentCrashes(): number {
    return this.crashTimes.length;
  }
}
