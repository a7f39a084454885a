/**
 * The Officers page's "choose a file" button: a label styled as a button around a hidden file
 * input, so the native picker opens and keyboard users reach it like any button. The input is
 * cleared after each pick so choosing the same file again still fires.
 */
export function FileButton({
  label,
  accept,
  disabled,
  onFile,
}: {
  label: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File | undefined) => void;
}) {
  return (
    <label className="button button-secondary officers-file-button">
      <input
        type="file"
        className="visually-hidden"
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          onFile(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {label}
    </label>
  );
}
