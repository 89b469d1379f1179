/** Live counters of long work, drawn on one terminal line; silent when stderr is not a terminal. */
export class Progress {
  readonly counts: Record<string, number>;
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private readonly live: boolean;

  constructor(
    private readonly label: string,
    names: readonly string[],
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.counts = Object.fromEntries(names.map((name) => [name, 0]));
    this.live = Boolean(stream.isTTY);
    if (this.live) {
      this.timer = setInterval(() => this.draw(), 200);
      this.timer.unref();
    }
  }

  add(name: string, by = 1): void {
    this.counts[name] = (this.counts[name] ?? 0) + by;
  }

  get elapsedSeconds(): number {
    return (Date.now() - this.started) / 1000;
  }

  line(): string {
    const parts = Object.entries(this.counts).map(([name, count]) => `${name} ${count}`);
    return `${this.label}: ${parts.join(' · ')} · ${this.elapsedSeconds.toFixed(1)}s`;
  }

  private draw(): void {
    this.stream.write(`\r\x1b[2K${this.line()}`);
  }

  /** Stops drawing and clears the line, leaving the terminal ready for the summary. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.live) this.stream.write('\r\x1b[2K');
  }
}
