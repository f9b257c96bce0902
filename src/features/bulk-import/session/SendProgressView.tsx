// TEMP stand-in for Part C (import-send): dropped when the real one is merged.
import type { SendProgress } from './send';

export function SendProgressView({ progress, onCancel }: { progress: SendProgress; onCancel(): void }) {
  return (
    <div role="status">
      <progress max={progress.total} value={progress.done} aria-label="Rows sent" />
      <p>
        {progress.done} / {progress.total} · {progress.state}
        {progress.error ? ` · ${progress.error}` : ''}
      </p>
      {progress.state === 'sending' ? (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}
