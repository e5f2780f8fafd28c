using LeakSpec.Datasets;
using LeakSpec.Synthetic;

namespace LeakSpec.Benchmarks;

/// <summary>One measured generation: wall time, size on disk, and how much of the score the content term carries.</summary>
/// <param name="Kind">Dataset kind.</param>
/// <param name="Size">Size preset.</param>
/// <param name="Items">Rated items written.</param>
/// <param name="Files">Files written.</param>
/// <param name="Bytes">Bytes written.</param>
/// <param name="Elapsed">Wall time of <see cref="SyntheticGenerator.Write(DatasetKind, SyntheticSize, int, string, bool)"/>.</param>
/// <param name="OracleSrocc">SROCC of the noise-free score with the written score.</param>
/// <param name="ContentBlindSrocc">SROCC of the per-(type, level) mean score with the written score.</param>
public sealed record SynthBenchRow(
    DatasetKind Kind,
    SyntheticSize Size,
    int Items,
    int Files,
    long Bytes,
    TimeSpan Elapsed,
    double OracleSrocc,
    double ContentBlindSrocc);
