using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case2_FrameSplit;

/// <summary>Case 2's demo run, shared by its Demo claim tests.</summary>
public sealed class FrameSplitDemoRuns() : CaseDemoRuns("2");
