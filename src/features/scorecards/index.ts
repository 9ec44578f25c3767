// The scorecards feature: interview kits per job and members' scorecards per application and stage.
export { ScorecardPanel } from './components/scorecard-panel.tsx';
export { InterviewKitEditor } from './components/kit-editor.tsx';
