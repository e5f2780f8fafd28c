using LeakSpec.Datasets;

namespace LeakSpec.Splitting;

/// <summary>The fractions a <see cref="ManifestBuilder"/> uses; the defaults are the paper's.</summary>
/// <param name="TrainFraction">Train share of the three-way split (60 %).</param>
/// <param name="ValFraction">Validation share (20 %); test gets the rest.</param>
/// <param name="FrameFraction">Share of each video's frames used for fine-tuning (20 %, Case II/III).</param>
/// <param name="LeakyFrameTrainFraction">Train share of the pooled frames in the leaky frame split (2/3).</param>
/// <param name="FrameCount">Frames of each video; null means KoNViD-1k's nominal 240 (8 s at 30 fps).</param>
/// <param name="Authors">The authors' splits for <see cref="SplitPolicy.Authors"/>; null means the embedded copy.</param>
public sealed record ManifestOptions(
    double TrainFraction = 0.6,
    double ValFraction = 0.2,
    double FrameFraction = 0.2,
    double LeakyFrameTrainFraction = 2.0 / 3.0,
    Func<DatasetItem, int>? FrameCount = null,
    AuthorsSplits? Authors = null)
{
    public const int NominalFrameCount = 240;

    public static ManifestOptions Paper { get; } = new();
}
