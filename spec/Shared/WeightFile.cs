namespace LeakSpec.Spec.Shared;

/// <summary>A backbone weight file the Full tier looks for under LEAKSPEC_WEIGHTS, and how a user makes it.</summary>
/// <param name="FileName">File name under the weights folder, e.g. "inception_v3.pt".</param>
/// <param name="HowToObtain">What to run or download to get it (shown in the skip message).</param>
public sealed record WeightFile(string FileName, string HowToObtain);
