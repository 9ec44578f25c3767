// The board feature's public face: a job's pipeline as columns, and the List/Board switch.
export { PipelineBoard } from './components/pipeline-board.tsx';
export { ViewSwitch } from './components/view-switch.tsx';
export { boardKeys } from './api/keys.ts';
