/**
 * A file input dressed as a button: hands over the chosen files and clears itself, so the same file can be chosen
 * again. The input itself is visually hidden (still focusable, still what the label names): the browser's own button
 * and its "no file chosen" speak the browser's language, not the page's.
 */
export function FileButton(props: {
  label: string;
  testId: string;
  accept: string;
  multiple?: boolean;
  disabled: boolean;
  onFiles: (files: File[]) => void;
}) {
  return (
    <label className={`file-button${props.disabled ? ' disabled' : ''}`}>
      <span className="file-button-face">{props.label}</span>
      <input
        type="file"
        className="visually-hidden"
        data-testid={props.testId}
        accept={props.accept}
        multiple={props.multiple}
        disabled={props.disabled}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          props.onFiles(files);
        }}
      />
    </label>
  );
}
