/**
 * A QR code as an SVG built from React elements (no markup strings, no inline
 * styles, so the strict CSP has nothing to block): lean-qr gives the module
 * matrix, and each row's runs of dark modules become one path. Black on
 * white with the standard 4-module quiet zone, whatever the theme, because
 * phone cameras read dark-on-light codes best.
 */
import { correction, generate } from 'lean-qr/nano';
import { useMemo } from 'react';

/** Modules of white margin around the code (the QR standard's quiet zone). */
const QUIET = 4;

export interface QrCodeProps {
	/** What the code holds (a URL). */
	text: string;
	/** The accessible name of the image. */
	label: string;
	className?: string;
}

/** The SVG path of a code's dark modules, one rectangle per horizontal run; '' if the text does not fit a QR code. */
export function qrPath(text: string): { size: number; d: string } {
	// lean-qr throws when the text is too long for any QR code: that, and only that, is caught.
	let code: ReturnType<typeof generate>;
	try {
		code = generate(text, { minCorrectionLevel: correction.M });
	} catch {
		return { size: 0, d: '' };
	}
	const parts: string[] = [];
	for (let y = 0; y < code.size; y++) {
		let x = 0;
		while (x < code.size) {
			if (!code.get(x, y)) {
				x++;
				continue;
			}
			const start = x;
			while (x < code.size && code.get(x, y)) x++;
			parts.push(`M${start + QUIET} ${y + QUIET}h${x - start}v1h${start - x}z`);
		}
	}
	return { size: code.size + 2 * QUIET, d: parts.join('') };
}

export function QrCode({ text, label, className }: QrCodeProps) {
	const { size, d } = useMemo(() => qrPath(text), [text]);
	if (d === '') return null;
	return (
		<svg
			className={className}
			xmlns="http://www.w3.org/2000/svg"
			viewBox={`0 0 ${size} ${size}`}
			role="img"
			aria-label={label}
			shapeRendering="crispEdges"
		>
			<rect width={size} height={size} fill="#fff" />
			<path d={d} fill="#000" />
		</svg>
	);
}
