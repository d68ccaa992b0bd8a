// Child-process probe for timezones.test.ts: generates plans for the inputs in
// argv[2] (JSON) and prints them as JSON, so the test can compare the output of
// processes started with different TZ values. Node 24 strips TypeScript types
// natively; this hook only adds the `.ts` extension that our extensionless
// (bundler-style) imports leave out.
import { registerHooks } from 'node:module';

registerHooks({
	resolve(specifier, context, next) {
		try {
			return next(specifier, context);
		} catch (error) {
			if (!specifier.startsWith('.')) throw error;
			return next(`${specifier}.ts`, context);
		}
	},
});

const { parsePlanInput } = await import('../../src/lib/plan/input.ts');
const { generatePlan } = await import('../../src/lib/plan/generate.ts');

const inputs = JSON.parse(process.argv[2] ?? '[]');
const plans = inputs.map((raw) => {
	const parsed = parsePlanInput(raw);
	return parsed.ok ? generatePlan(parsed.value) : parsed;
});
process.stdout.write(JSON.stringify({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone, plans }));
