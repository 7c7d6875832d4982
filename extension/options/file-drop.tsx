// A drop zone (and file picker) for a CloudTrail file; pure: reports the file's name and text.
import { useState } from 'preact/hooks';
import { readDroppedFile } from './read-dropped-file.ts';

export interface FileDropProps {
  disabled: boolean;
  onFile: (name: string, text: string) => void;
}

export function FileDrop({ disabled, onFile }: FileDropProps) {
  const [over, setOver] = useState(false);
  const take = async (file: File | undefined) => {
    if (file && !disabled) onFile(file.name, await readDroppedFile(file));
  };
  return (
    <div
      class={`drop${over ? ' over' : ''}`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => { e.preventDefault(); setOver(false); void take(e.dataTransfer?.files[0]); }}
    >
      <p>Drop a CloudTrail file here: a trail log file (.json or .json.gz), <code>aws cloudtrail lookup-events</code> output, JSON lines, or a Trailform export.</p>
      <input id="ct-file" type="file" accept=".json,.gz,.jsonl,application/json,application/gzip" disabled={disabled}
        onChange={(e) => void take((e.currentTarget as HTMLInputElement).files?.[0])} />
    </div>
  );
}
