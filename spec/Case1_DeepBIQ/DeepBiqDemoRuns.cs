using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case1_DeepBIQ;

/// <summary>Case 1's demo run, shared by its Demo claim tests.</summary>
public sealed class DeepBiqDemoRuns() : CaseDemoRuns("1");
