// What the import benchmark measures inside the page, installed before the app's own scripts
// (page.addInitScript) and driven through `window.__imp`. Plain JavaScript in a string: the page runs it
// as written, with nothing of this process's compiler in it.
//
// - long tasks: every 'longtask' entry from the page's start (buffered), start and duration;
// - act(): runs an action (choose a file, click a button) at a recorded time and resolves when a selector's
//   text matches, with the time of the DOM mutation that made it match and of the frame after it;
// - edits: an Enter keydown in a grid cell editor (capture, the first listener to hear it) to the next
//   mutation of the counts line, and to the frame after it;
// - frames: requestAnimationFrame timestamps and the grid's row count at each, while scrolling.

export interface Timed {
  /** performance.now() when the action started */
  start: number;
  /** when the DOM first matched (a MutationObserver callback, before paint) */
  dom: number;
  /** after the next frame: requestAnimationFrame, then a task posted from it */
  frame: number;
}

export interface LongTask {
  start: number;
  duration: number;
}

export interface EditSample {
  dom: number;
  frame: number;
  text: string;
}

export interface FrameLog {
  /** rAF timestamps */
  times: number[];
  /** rows of the grid in the DOM at each frame */
  rows: number[];
}

export const PROBE = String.raw`
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}

  const afterFrame = (done) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { ch.port1.close(); done(performance.now()); };
      ch.port2.postMessage(null);
    });

  const matches = (selector, pattern) => {
    const el = document.querySelector(selector);
    return el !== null && new RegExp(pattern).test(el.textContent || '');
  };

  function act(action, selector, pattern) {
    return new Promise((resolve, reject) => {
      let start = -1;
      const obs = new MutationObserver(() => {
        if (start < 0 || !matches(selector, pattern)) return;
        const dom = performance.now();
        obs.disconnect();
        afterFrame((frame) => resolve({ start, dom, frame }));
      });
      obs.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => {
        obs.disconnect();
        const el = document.querySelector(selector);
        reject(new Error('after 90 s, ' + selector + ' reads: ' + (el ? (el.textContent || '').slice(0, 300) : 'absent')));
      }, 90000);
      start = performance.now();
      try { action(); } catch (e) { obs.disconnect(); reject(e); }
    });
  }

  let file = null;
  function takeFile(base64, name, type) {
    const bin = atob(base64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    file = new File([bytes], name, { type });
    return file.size;
  }

  /** The file given to the file input as a person's choice would: its files set, then a change event. */
  function chooseFile(selector, pattern) {
    return act(() => {
      const input = document.querySelector('input[type=file]');
      const dt = new DataTransfer();
      dt.items.add(file);
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, selector, pattern);
  }

  function clickButton(name, selector, pattern) {
    return act(() => {
      const button = [...document.querySelectorAll('button')].find((b) => (b.textContent || '').trim() === name);
      if (!button) throw new Error('no button ' + name);
      button.click();
    }, selector, pattern);
  }

  const edits = [];
  let editAt = -1;
  let countsObserver = null;
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target instanceof HTMLElement && e.target.classList.contains('grid-editor'))
      editAt = performance.now();
  }, true);
  function armEdits(selector) {
    const el = document.querySelector(selector);
    countsObserver = new MutationObserver(() => {
      if (editAt < 0) return;
      const start = editAt;
      editAt = -1;
      const dom = performance.now();
      const text = el.textContent || '';
      afterFrame((frame) => edits.push({ dom: dom - start, frame: frame - start, text }));
    });
    countsObserver.observe(el, { childList: true, subtree: true, characterData: true });
  }
  function stopEdits() {
    countsObserver && countsObserver.disconnect();
    return edits;
  }

  let frames = null;
  function startFrames(rowSelector) {
    frames = { times: [], rows: [], on: true };
    const tick = (t) => {
      if (!frames.on) return;
      frames.times.push(t);
      frames.rows.push(document.querySelectorAll(rowSelector).length);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }
  function stopFrames() {
    frames.on = false;
    return { times: frames.times, rows: frames.rows };
  }

  window.__imp = {
    now: () => performance.now(),
    longTasks: () => longTasks.slice(),
    takeFile, chooseFile, clickButton, armEdits, stopEdits, startFrames, stopFrames,
  };
})();
`;
