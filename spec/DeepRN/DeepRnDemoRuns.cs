using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.DeepRN;

/// <summary>Case deeprn's demo run, shared by its Demo claim tests.</summary>
public sealed class DeepRnDemoRuns() : CaseDemoRuns("deeprn");
