/**
 * Keeps an in-process copy in step with a store that counts its changes in a version number: the version is read
 * at most every `refreshMs`, concurrent callers share one read, and `reload` runs only when the version moved.
 * Word lists and article policies both reach every process this way within seconds, without a restart.
 */
export class VersionPoll {
  private version = -1;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly options: {
      refreshMs: number;
      now?: () => number;
      readVersion: () => Promise<number>;
      /** Brings the copy up to `seen`; answers the version the copy now has (it may be newer than `seen`). */
      reload: (seen: number) => Promise<number>;
    },
  ) {}

  /** Checks the version if the last check is `refreshMs` old, and reloads if it moved. */
  async refresh(): Promise<void> {
    const now = (this.options.now ?? Date.now)();
    if (now - this.checkedAt < this.options.refreshMs) return;
    this.refreshing ??= (async () => {
      try {
        const version = await this.options.readVersion();
        if (version !== this.version) this.version = await this.options.reload(version);
        this.checkedAt = now;
      } finally {
        this.refreshing = null;
      }
    })();
    await this.refreshing;
  }

  /** The next {@link refresh} reads the version whatever its age (after this process changed the store itself). */
  expire(): void {
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }
}
