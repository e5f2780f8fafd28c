namespace LeakSpec.Splitting;

/// <summary>One train/test pair of a k-fold or shuffle splitter, as sorted indices.</summary>
public sealed record Fold(int[] Train, int[] Test);
