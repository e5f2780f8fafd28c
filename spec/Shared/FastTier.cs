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

    /// <summary>A per-test temporary folder, deleted on dispose.</summary>
    public static TempFolder CreateTempFolder() => new();
}
