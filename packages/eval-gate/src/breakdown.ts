import type { Check, SourceLocation } from '@mlgate/core';
import type { BootstrapOptions, Task, TaskData } from '@mlgate/metrics';
import type { GateConfig, Rule } from './config.js';
import { checkRuleNames, ruleCheck } from './evaluate.js';
import { evaluateFairness, fairnessRules, type FairnessResult } from './fairness.js';
import type { Columns } from './read.js';
import { evaluateSlices, parseSlices, sliceColumns, sliceRows, type SliceResult, type ParsedSlice } from './slices.js';

type Locate = (path: string[], opts?: { key?: boolean }) => SourceLocation;

/** What a gate config asks beyond the overall metrics: slices and fairness, checked before any data is read. */
export interface BreakdownPlan {
  slices: ParsedSlice[];
  sliceRules: Record<string, Rule>;
  fairRules: Record<string, Rule>;
  /** Columns to read from the predictions besides label, prediction and id. */
  columns: string[];
}

export function planBreakdowns(cfg: GateConfig, task: Task, locate: Locate): BreakdownPlan {
  const slices = parseSlices(cfg.slices, locate);
  checkRuleNames(cfg['slice-rules'], task, locate, 'slice-rules');
  const fairRules = cfg.fairness ? fairnessRules(cfg.fairness, task, locate) : {};
  const columns = [...sliceColumns(slices), ...(cfg.fairness ? [cfg.fairness.group] : [])];
  return { slices, sliceRules: cfg['slice-rules'], fairRules, columns: [...new Set(columns)] };
}

export interface Breakdowns {
  slices?: SliceResult[];
  fairness?: FairnessResult;
}

/** Slices and fairness on loaded predictions; `names` are the metrics each slice shows. */
export function evaluateBreakdowns(plan: BreakdownPlan, cfg: GateConfig, loaded: { task: Task; candidate: TaskData; baseline?: TaskData; columns: Columns }, names: string[], bootstrap: BootstrapOptions): Breakdowns {
  const out: Breakdowns = {};
  const minSize = cfg['min-slice-size'];
  if (plan.slices.length) {
    const sliceNames = [...new Set([...names, ...Object.keys(plan.sliceRules)])];
    out.slices = evaluateSlices(sliceRows(plan.slices, loaded.columns), { ...loaded, names: sliceNames, rules: plan.sliceRules, minSize, bootstrap });
  }
  if (cfg.fairness && Object.keys(plan.fairRules).length) out.fairness = evaluateFairness(cfg.fairness, plan.fairRules, { ...loaded, minSize, bootstrap });
  return out;
}

/** How slices and fairness were judged, for the report's method notes. */
export function breakdownNotes(b: Breakdowns, minSize: number): string[] {
  const notes: string[] = [];
  if (b.slices) notes.push(`Slices: every ruled metric on each slice's own rows, with the same paired bootstrap (same seed) on those rows; a slice with fewer than ${minSize} rows (min-slice-size) is shown but not gated.`);
  if (b.fairness) {
    notes.push(
      `Fairness across "${b.fairness.feature}": disparities as Fairlearn's MetricFrame defines them between groups (difference = max − min, ratio = min / max; demographic parity on the selection rate; equalized odds the worse of the true- and false-positive-rate disparities). Groups with fewer than ${minSize} rows are left out. The intervals resample whole rows (the same rows for both models); min/max limits are judged on the value itself, change limits on the interval of the change.`,
    );
  }
  return notes;
}

/** One check per slice rule on each slice and per fairness rule, located at the rule in the config. */
export function breakdownChecks(b: Breakdowns, locate: Locate | undefined): Check[] {
  const checks: Check[] = [];
  for (const s of b.slices ?? []) {
    for (const m of s.metrics) {
      if (m.status === undefined) continue;
      checks.push(ruleCheck(m, `slice:${s.name}:${m.name}`, `${m.name} on slice ${s.name}`, `slice ${s.name} (${s.rows} rows): ${m.message ?? ''}`, locate?.(['slice-rules', m.name])));
    }
  }
  for (const m of b.fairness?.measures ?? []) {
    if (m.status === undefined) continue;
    checks.push(ruleCheck(m, `fairness:${m.name}`, `${m.name} across ${b.fairness!.feature}`, `across the groups of ${b.fairness!.feature}: ${m.message ?? ''}`, locate?.(['fairness', m.name])));
  }
  return checks;
}
