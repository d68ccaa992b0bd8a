/**
 * A labelled file input for a plan or training log file, with its
 * error under it, linked by aria-describedby. The input is cleared after each
 * choice, so choosing the same file again reads it again.
 */
export interface FileImportFieldProps {
	id: string;
	label: string;
	/** The message of the last failed import, or ''. */
	error: string;
	/** File types offered; JSON unless said. */
	accept?: string;
	onFile: (file: File | undefined) => void;
}

export function FileImportField({ id, label, error, accept = 'application/json,.json', onFile }: FileImportFieldProps) {
	return (
		<div className="field no-print">
			<label htmlFor={id}>{label}</label>
			<input
				id={id}
				type="file"
				accept={accept}
				aria-describedby={error ? `${id}-error` : undefined}
				aria-invalid={error ? true : undefined}
				onChange={(e) => {
					onFile(e.target.files?.[0]);
					e.target.value = '';
				}}
			/>
			{error && (
				<p className="field__error" id={`${id}-error`}>
					<span aria-hidden="true">⚠ </span>
					{error}
				</p>
			)}
		</div>
	);
}
