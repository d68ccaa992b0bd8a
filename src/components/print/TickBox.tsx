/**
 * An empty box to tick with a pen: a bordered span (it prints in black on
 * any printer and needs no font glyph), named for screen readers.
 */
export function TickBox() {
	return (
		<span className="tick-box">
			<span className="visually-hidden">Tick box</span>
		</span>
	);
}
