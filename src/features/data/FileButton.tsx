/** A file input dressed as a button: hands over the chosen files and clears itself, so the same file can be chosen again. */
export function FileButton(props: {
  label: string;
  testId: string;
  accept: string;
  multiple?: boolean;
  disabled: boolean;
  onFiles: (files: File[]) => void;
}) {
  return (
    <label className="file-button">
      {props.label}
      <input
        type="file"
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
