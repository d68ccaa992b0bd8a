/**
 * The runner's time zone, in a module of its own with no imports: the builder
 * needs it on page load (the time-zone select), the calendar exports need it
 * on demand, and neither should bring the other's code along.
 */

/**
 * The runner's IANA zone as the JavaScript runtime reports it, or UTC when it
 * reports none.
 *
 * Never throws.
 *
 * @example
 * defaultTimeZone() // 'Europe/London' on a machine set to UK time
 */
export function defaultTimeZone(): string {
	try {
		return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
	} catch {
		return 'UTC';
	}
}
