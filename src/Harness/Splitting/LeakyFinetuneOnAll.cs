namespace LeakSpec.Splitting;

/// <summary>LEAKY (Case I): fine-tuning on every item, the regressor's test items included, with no validation set.</summary>
public sealed record LeakyFinetuneOnAll
{
    public int[] Select(int count) => [.. Enumerable.Range(0, count)];
}
