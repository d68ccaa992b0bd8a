/**
 * The plan builder's second door: everything that checks input, and so needs
 * zod. The builder loads it with `import()` when the browser is idle, or at
 * once when there is a share link or saved settings to check, so the page's
 * first load carries no validation code (the builder page's JavaScript budget
 * is 100 KB gzip, and zod/mini with the input rules is about 10 KB of it).
 */

export { withEmbedDefaults } from '../embed/config';
export { nextSessionOnOrAfter, thisWeekCard, type WeekCard, type WeekCardLevel } from '../embed/this-week';
export { decodeShareState } from '../export/share';
export { defaultFormState, embedStartState, evaluateForm, fitWeeksToGoal, startGoalWarnings } from './form-check';
export { withUnits } from './form-read';
export { describeLoadProblem } from './storage';
export { loadFormState } from './storage-check';
