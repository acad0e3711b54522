import { sqlMatches } from './sql-pattern.ts';
import type { FaultPlan, FaultRuleSpec } from './fault-plan.ts';

/** FaultSite describes the operation being checked against the plan. */
export interface FaultSite { op: FaultRuleSpec['on']; sql?: string; row?: number; session?: number }

/** FiredFault is a rule that fired, with its id (the rule's id or index). */
export interface FiredFault { rule: FaultRuleSpec; id: string | number }

/** FaultInjector counts matching operations per rule and says which rule fires for an operation. */
export class FaultInjector {
  private readonly seen: number[];

  constructor(readonly plan: FaultPlan) {
    this.seen = plan.rules.map(() => 0);
  }

  /** check returns the first rule that fires for this operation (each matching rule counts the operation). */
  check(site: FaultSite): FiredFault | null {
    let fired: FiredFault | null = null;
    this.plan.rules.forEach((rule, i) => {
      if (rule.on !== site.op) return;
      if (rule.on === 'row' && rule.row !== site.row) return;
      if (!sqlMatches(rule.sql, site.sql)) return;
      const n = ++this.seen[i]!;
      const last = rule.times === 'always' ? Infinity : rule.occurrence + rule.times - 1;
      if (!fired && n >= rule.occurrence && n <= last) fired = { rule, id: rule.id ?? i };
    });
    return fired;
  }

  /** idleRules lists the rules on idle sessions (the server arms a timer per idle session for each). */
  idleRules(): { rule: FaultRuleSpec; index: number }[] {
    return this.plan.rules.map((rule, index) => ({ rule, index })).filter((r) => r.rule.on === 'idle');
  }

  /** countIdle counts one idle firing of rule index i and says whether it is within its occurrence window. */
  countIdle(i: number): boolean {
    const rule = this.plan.rules[i]!;
    const n = ++this.seen[i]!;
    const last = rule.times === 'always' ? Infinity : rule.occurrence + rule.times - 1;
    return n >= rule.occurrence && n <= last;
  }
}
