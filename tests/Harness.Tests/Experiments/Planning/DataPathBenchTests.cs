using LeakSpec.Benchmarks;
using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Synthetic;

namespace LeakSpec.Harness.Tests.Experiments.Planning;

/// <summary>
/// The data-path bench's first target as a property of the code: with the pixel store every video is decoded once
/// over all passes; without it (the path before), far more often. The rates and projections are the bench's report.
/// </summary>
[Trait("Category", "Fast")]
public sealed class DataPathBenchTests
{
    [Fact]
    public void With_the_pixel_store_each_video_is_decoded_once_over_every_pass()
    {
        // Given tiny synthetic KoNViD-1k and Case III's clean CNN-SVR path
        using var dir = new TestFolder();
        var data = Path.Combine(dir.Path, "data");
        SyntheticGenerator.Write(DatasetKind.Konvid1k, SyntheticSize.Tiny, 4, Path.Combine(data, "konvid1k"));
        var ctx = new ReplicationContext(Path.Combine(dir.Path, "out"), "cpu", _ => { }, data);

        // When the bench runs its passes with the store, and a short stretch of them without
        var with = DataPathBench.Run(ctx, ReplicationProfile.Fast, "2/3", store: true);
        var without = DataPathBench.Run(ctx with { Media = new SharedMedia() }, ReplicationProfile.Fast, "2/3", store: false, maxItems: 6);

        // Then the store's passes decoded each video exactly once, and every pass produced items
        with.Select(p => p.Pass).Should().Equal("first decode", "fine-tune epoch", "features");
        with.Should().OnlyContain(p => p.DecodesPerVideo == 1 && p.Items > 0);
        without.Max(p => p.DecodesPerVideo).Should().BeGreaterThan(1, "without the store a frame read decodes its video again");
    }
}
