namespace LeakSpec.Splitting;

/// <summary>A train/validation/test partition as sorted indices into an item list (never the items themselves).</summary>
public sealed record ThreeWaySplit(int[] Train, int[] Val, int[] Test)
{
    /// <summary>Train ∪ Val, sorted: what a regressor fitted after model selection trains on (DeepBIQ's SVR).</summary>
    public int[] TrainAndVal() => [.. Train.Concat(Val).Order()];
}
