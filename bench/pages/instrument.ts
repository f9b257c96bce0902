// In-page measurement, bundled into every bench page before anything else and driven by the benchmark
// through `window.__bench`. Identical for all four pages, so they are measured the same way.
//
// Typing (issue 5 item 2): (a) sync = keydown (capture listener on window, the first to hear it) to the
// input event reaching window (bubble listener, the last to hear it): whatever the framework does
// synchronously, re-renders included; (b) next = keydown to a MessageChannel message posted from that
// input listener: the next task, after any work the framework scheduled in between.
// Mount (item 3): a click (capture listener on window) to the first DOM mutation after which the last
// field is present; `painted` adds the next frame and the task after it.

export interface KeySample {
  sync: number;
  next: number;
}

export interface MountSample {
  present: number;
  painted: number;
}

const samples: KeySample[] = [];
let recording = false;
let keydownAt = -1;

window.addEventListener('keydown', () => void (keydownAt = performance.now()), true);
window.addEventListener('input', () => {
  const start = keydownAt;
  keydownAt = -1;
  if (!recording || start < 0) return;
  const inputAt = performance.now();
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    samples.push({ sync: inputAt - start, next: performance.now() - start });
    channel.port1.close();
  };
  channel.port2.postMessage(null);
});

let mount: { selector: string; clickAt: number; result: MountSample | null } | null = null;
let observer: MutationObserver | null = null;

window.addEventListener(
  'click',
  () => {
    if (mount && mount.clickAt < 0) mount.clickAt = performance.now();
  },
  true,
);

function armMount(selector: string): void {
  observer?.disconnect();
  const m = { selector, clickAt: -1, result: null as MountSample | null };
  mount = m;
  observer = new MutationObserver(() => {
    if (m.clickAt < 0 || !document.querySelector(m.selector)) return;
    const present = performance.now() - m.clickAt;
    observer?.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        m.result = { present, painted: performance.now() - m.clickAt };
        channel.port1.close();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

const bench = {
  startTyping(): void {
    samples.length = 0;
    recording = true;
  },
  stopTyping(): KeySample[] {
    recording = false;
    return samples.splice(0);
  },
  armMount,
  mountResult: (): MountSample | null => mount?.result ?? null,
};

declare global {
  interface Window {
    __bench: typeof bench;
  }
}
window.__bench = bench;
