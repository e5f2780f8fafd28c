namespace LeakSpec.Benchmarks;

/// <summary>One benchmark run (images/s per measurement, ratios, peak memory); serialised as the bench JSON.</summary>
public sealed record ModelBenchReport(
    string Machine,
    int TorchThreads,
    IReadOnlyDictionary<string, double> ImagesPerSecond,
    IReadOnlyDictionary<string, double> Ratios,
    double ExtractionPeakWorkingSetMiB,
    int ExtractionImages,
    double WallSeconds,
    IReadOnlyList<string> Notes);
