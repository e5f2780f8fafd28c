namespace LeakSpec.Datasets;

/// <summary>How <see cref="DatasetLoader"/> reads a dataset.</summary>
/// <param name="AllowSubset">Accept an item count that differs from the catalog's (fixtures, synthetic data, subsets).</param>
/// <param name="VerifyFiles">Check that every listed file exists, is not empty and (images) has a readable header within MaxImagePixels.</param>
/// <param name="MaxImagePixels">Largest image (width × height) accepted, checked on the header before decoding.</param>
public sealed record LoadOptions(bool AllowSubset = false, bool VerifyFiles = true, long MaxImagePixels = 40_000_000)
{
    /// <summary>KonIQ-10k image folder: "1024x768" or "512x384"; null prefers 1024x768 when both exist.</summary>
    public string? KoniqImageFolder { get; init; }
}
