namespace LeakSpec.Spec.Shared;

/// <summary>Conventions shared by the Fast-tier claim tests (synthetic data, CPU seconds).</summary>
public static class FastTier
{
    /// <summary>
    /// The seeds every Fast claim test runs over: a direction (leaky − clean) must hold for each, not on average,
    /// so one lucky seed cannot carry a claim. Three keeps the tier within its five-minute budget.
    /// </summary>
    public static IReadOnlyList<int> Seeds { get; } = SeedsFrom(Environment.GetEnvironmentVariable(SeedsVariable)) ?? [11, 23, 37];

    /// <summary>
    /// `LEAKSPEC_FAST_SEEDS=a,b,c` replaces <see cref="Seeds"/>: every threshold must hold on seeds the tests were not
    /// written against, so anyone can check that with other seeds.
    /// </summary>
    public const string SeedsVariable = "LEAKSPEC_FAST_SEEDS";

    /// <summary>The seeds of a `LEAKSPEC_FAST_SEEDS` value, or null when it is unset or empty.</summary>
    public static IReadOnlyList<int>? SeedsFrom(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return [.. parts.Select(p => int.TryParse(p, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var s)
            ? s
            : throw new ArgumentException($"{SeedsVariable}='{value}': '{p}' is not an integer seed; expected a comma-separated list such as 5,7,13."))];
    }

    /// <summary>
    /// The demo's own profile (`leakspec replicate --data synthetic`: embedded ResNet18, frozen trunk, the paper's
    /// iteration counts) on the tiny datasets, so the Fast tier covers the code path the demo runs. One change: every
    /// video frame is read (the demo reads every 4th of its 48), since a tiny video's 16 frames taken 4 apart would leave
    /// one fine-tuning frame per video and nothing for a frame-level split to leak.
    /// </summary>
    public static Experiments.Pipelines.ReplicationProfile DemoOnTinyData { get; } =
        Experiments.Pipelines.ReplicationProfile.Demo with { Name = "demo-on-tiny", Frames = new Datasets.FrameOptions() };
}
