import { linesFrom, withoutEmptyLines } from '../itemParts';

interface Props {
  label: string;
  lines: readonly string[];
  placeholder: string;
  onChange(lines: string[]): void;
}

/** A list typed one entry per row (distribution list, documents). */
export function LinesPart({ label, lines, placeholder, onChange }: Props) {
  return (
    <label className="wide">
      {label} (en per rad)
      <textarea
        className="lines"
        rows={2}
        value={lines.join('\n')}
        placeholder={placeholder}
        onChange={(e) => onChange(linesFrom(e.target.value))}
        onBlur={() => {
          const clean = withoutEmptyLines(lines);
          if (clean.length > 0 && clean.length !== lines.length) onChange(clean);
        }}
      />
    </label>
  );
}
