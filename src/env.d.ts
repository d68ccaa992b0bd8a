/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/**
		 * The ids a guide cites, in its frontmatter order. The guide page sets it before
		 * rendering the MDX body so every <Cite> knows its number without a prop.
		 */
		citeOrder?: readonly string[];
		/** For each cited id, the short evidence label shown beside its number ("randomised trial, n=68"). */
		citeEvidence?: Readonly<Record<string, string>>;
		/** Ids already cited on this page: the evidence label shows beside the first citation only. */
		citeSeen?: Set<string>;
	}
}
