// Restart policy after the server process dies: restart quietly a few times, then stop and tell
// the user (with the fix). Pure, unit-tested.

export class CrashCounter {
  private readonly times: number[] = [];
  constructor(private readonly maxRestarts = 4, private readonly windowMs = 3 * 60 * 1000) {}

  /** Record a crash at `now`; true = restart again, false = give up. */
  crashed(now: number): boolean {
    this.times.push(now);
    while (this.times.length > 0 && now - this.times[0] > this.windowMs) this.times.shift();
    return this.times.length <= this.maxRestarts;
  }

  get recent(): number {
    return this.times.length;
  }

  reset(): void {
    this.times.length = 0;
  }
}
