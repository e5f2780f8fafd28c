namespace LeakSpec.Datasets;

/// <summary>
/// LeakSpec's own synthetic datasets are recognised by the ground-truth file the generator writes beside the data:
/// their item counts are smaller than the releases' by design, so the subset check does not apply to them.
/// </summary>
public static class SyntheticMarker
{
    /// <summary>The truth file <c>leakspec synth</c> writes into every dataset root.</summary>
    public const string FileName = "synthetic-truth.csv";

    public static bool IsSynthetic(string root) =>
        !string.IsNullOrWhiteSpace(root) && File.Exists(Path.Combine(root, FileName));
}
