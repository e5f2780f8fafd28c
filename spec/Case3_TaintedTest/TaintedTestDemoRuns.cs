using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case3_TaintedTest;

/// <summary>Case 3's demo run, shared by its Demo claim tests.</summary>
public sealed class TaintedTestDemoRuns() : CaseDemoRuns("3");
