// Progress on stderr: a redrawn bar with counts and ETA on a terminal, a plain line every few seconds
// otherwise (CI logs, pipes), so stdout stays clean for the summary.
export type Counts = { imported: number; skipped: number; failed: number };

export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private lastLine = '';
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly total: number,
    private readonly counts: () => Counts,
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly verb = 'imported',
    private readonly plainEveryMs = 5000,
  ) {
    if (!this.out.isTTY) this.timer = setInterval(() => this.plain(), this.plainEveryMs).unref();
  }

  /** Call after each row. */
  tick() {
    if (!this.out.isTTY) return;
    const now = Date.now();
    if (now - this.lastDraw < 80 && this.done() < this.total) return;
    this.lastDraw = now;
    const width = 24;
    const filled = this.total ? Math.round((this.done() / this.total) * width) : width;
    this.out.write(`\r\x1b[2K[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${this.status()}`);
  }

  /** Prints a message without tearing the bar. */
  note(message: string) {
    if (this.out.isTTY) this.out.write(`\r\x1b[2K${message}\n`);
    else this.out.write(`${message}\n`);
    this.tick();
  }

  finish() {
    clearInterval(this.timer);
    if (this.out.isTTY) this.out.write('\r\x1b[2K');
    else this.plain();
  }

  private plain() {
    const line = this.status();
    if (line === this.lastLine) return;
    this.lastLine = line;
    this.out.write(`${line}\n`);
  }

  private done() {
    const c = this.counts();
    return c.imported + c.skipped + c.failed;
  }

  private status(): string {
    const c = this.counts();
    const done = this.done();
    const pct = this.total ? Math.floor((done / this.total) * 100) : 100;
    const elapsed = (Date.now() - this.started) / 1000;
    const eta = done > 0 && done < this.total ? ` · ETA ${clock((elapsed / done) * (this.total - done))}` : '';
    return `${done}/${this.total} rows ${pct}% · ${c.imported} ${this.verb} · ${c.skipped} skipped · ${c.failed} failed · ${clock(elapsed)} elapsed${eta}`;
  }
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
