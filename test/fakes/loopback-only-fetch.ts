/**
 * Makes `fetch` refuse anything but 127.0.0.1/localhost for the duration of a test file, so a scorer that
 * fell back to its default production URL fails loudly instead of reaching the internet.
 * Returns the function that restores the original fetch.
 */
export function installLoopbackOnlyFetch(): () => void {
  const original = globalThis.fetch;
  const guarded: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost' && url.hostname !== '[::1]') {
      throw new Error(`test tried to reach ${url.hostname}: only loopback fakes are allowed`);
    }
    return original(input, init);
  };
  globalThis.fetch = guarded;
  return () => {
    globalThis.fetch = original;
  };
}
