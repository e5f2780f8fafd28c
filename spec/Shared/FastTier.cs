namespace LeakSpec.Spec.Shared;

/// <summary>Conventions shared by the Fast-tier claim tests (synthetic data, CPU seconds).</summary>
public static class FastTier
{
    /// <summary>
    /// The seeds every Fast claim test runs over: a direction (leaky − clean) must hold for each, not on average,
    /// so one lucky seed cannot carry a claim. Three keeps the tier within its five-minute budget.
    /// </summary>
    public static IReadOnlyList<int> Seeds { get; } = [11, 23, 37];

    /// <summary>The seeds as theory data: <c>[Theory, MemberData(nameof(FastTier.SeedData), MemberType = typeof(FastTier))]</c>.</summary>
    public static TheoryData<int> SeedData => new(Seeds);

    /// <summary>
    /// The demo's own profile (`leakspec replicate --data synthetic`: embedded ResNet18, frozen trunk, the paper's
    /// iteration counts) on the tiny datasets, so the Fast tier covers the code path the demo runs. One change: every
    /// video frame is read (the demo reads every 4th of its 48), since a tiny video's 16 frames taken 4 apart would leave
    /// one fine-tuning frame per video and nothing for a frame-level split to leak.
    /// </summary>
    public static Experiments.Pipelines.ReplicationProfile DemoOnTinyData { get; } =
        Experiments.Pipelines.ReplicationProfile.Demo with { Name = "demo-on-tiny", Frames = new Datasets.FrameOptions() };

    /// <summary>A per-test temporary folder, deleted on dispose.</summary>
    public static TempFolder CreateTempFolder() => new();
}
