using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case4_ReferenceGrouping;

/// <summary>Case 4's demo run, shared by its Demo claim tests.</summary>
public sealed class ReferenceGroupingDemoRuns() : CaseDemoRuns("4");
