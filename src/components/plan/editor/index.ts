/**
 * The plan editor chunk: everything the builder needs to change a plan by
 * hand, loaded on demand (load-editor.ts) the first time a session is opened
 * or when a link or saved state brings edits. The page's first load carries
 * none of it.
 */
export {
	addEdit,
	applyPlanEdits,
	encodePlanShare,
	loadEditHistory,
	saveEditHistory,
} from '../../../lib';
export { EditBar } from './EditBar';
export { SessionTools } from './SessionTools';
export { TrainingLog } from './TrainingLog';
