using LeakSpec.Features;
using LeakSpec.Harness.Tests.Training;
using LeakSpec.Models;
using LeakSpec.Runtime;
using LeakSpec.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Features;

[Trait("Category", "Fast")]
[Collection(TorchCollection.Name)]
public sealed class FeatureExtractorTests : IDisposable
{
    private static readonly DeviceChoice Cpu = new("cpu", "test");
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("leakspec-features-");
    private readonly IReadOnlyList<FeatureItem> items = Items(6, 24, seed: 61);

    public void Dispose() => dir.Delete(recursive: true);

    [Fact]
    public void MultiGap_ConcatenatesEveryStage_AndEndsWithTheLastPoolingFeature()
    {
        // Given the small CNN and six images
        using var net = new SmallCnn(seed: 1);
        var settings = new FeatureSettings(FeatureMode.LastPooling, new InputConfig());

        // When both kinds of feature are extracted
        var last = FeatureExtractor.Extract(net, items, settings, Cpu);
        var multi = FeatureExtractor.Extract(net, items, settings with { Mode = FeatureMode.MultiGap }, Cpu);

        // Then MultiGAP has every stage's width and its last block is the last-pooling feature
        last.Should().OnlyContain(f => f.Length == net.FeatureDim);
        multi.Should().OnlyContain(f => f.Length == net.StageDims.Sum());
        for (var i = 0; i < items.Count; i++)
        {
            multi[i][^net.FeatureDim..].Zip(last[i]).Should().OnlyContain(p => Math.Abs(p.First - p.Second) < 1e-6);
        }

        last[0].Should().NotEqual(last[1], "different images give different features");
    }

    [Fact]
    public void RandomCrops_AreAveragedAndSeeded()
    {
        using var net = new SmallCnn(seed: 1);
        var crops = new FeatureSettings(FeatureMode.LastPooling, new InputConfig(CropSize: 16, Crop: CropMode.Random), RandomCrops: 5, Seed: 3);

        var a = FeatureExtractor.Extract(net, items, crops, Cpu);
        var b = FeatureExtractor.Extract(net, items, crops, Cpu);
        var c = FeatureExtractor.Extract(net, items, crops with { Seed = 4 }, Cpu);
        var centre = FeatureExtractor.Extract(net, items, crops with { RandomCrops = 1 }, Cpu);

        a[0].Should().Equal(b[0]);
        a[0].Should().NotEqual(c[0]);
        a[0].Should().NotEqual(centre[0]);
    }

    [Fact]
    public void Cache_HitsOnlyForTheSameWeightsRunItemAndSettings()
    {
        // Given a cache filled by one extraction
        using var net = new SmallCnn(seed: 1);
        var cache = new FeatureCache(dir.FullName);
        var settings = new FeatureSettings(FeatureMode.LastPooling, new InputConfig(CropSize: 16, Crop: CropMode.Centre));
        var first = FeatureExtractor.Extract(net, items, settings, Cpu, cache, runId: "clean-1");
        Files().Should().Be(1, "one pack holds every item's row of one network state and setting");

        // When the same extraction runs again, a planted value proves the cache is read, not recomputed
        var key = FeatureCache.Key(WeightsHash.Of(net.Module), "clean-1", items[0].Id, $"{net.Name};{settings.Describe()}");
        cache.TryGet(key, out var stored).Should().BeTrue();
        stored.Should().Equal(first[0]);
        FeatureExtractor.Extract(net, items, settings, Cpu, cache, runId: "clean-1").Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
        Files().Should().Be(1);
        var size = cache.Size().Bytes;

        // Then other settings, another run id and changed weights all miss and compute anew
        FeatureExtractor.Extract(net, items, settings with { Mode = FeatureMode.MultiGap }, Cpu, cache, runId: "clean-1");
        Files().Should().Be(2);
        FeatureExtractor.Extract(net, items, settings, Cpu, cache, runId: "leaky-1");
        Files().Should().Be(3);
        using (no_grad())
        {
            using var delta = 1e-3f.ToScalar();
            using var one = 1f.ToScalar();
            net.Module.parameters().First().add_(delta, one);
        }

        var changed = FeatureExtractor.Extract(net, items, settings, Cpu, cache, runId: "clean-1");
        Files().Should().Be(4);
        changed[0].Should().NotEqual(first[0], "stale features of the old weights are not reused");
        cache.Size().Bytes.Should().BeGreaterThan(3 * size);
    }

    [Fact]
    public void Cache_FileCutShortByACrash_IsAMissAndIsRewritten()
    {
        // Given a cached entry whose file lost its tail (cache files are not fsynced, so a power cut can do this)
        var cache = new FeatureCache(dir.FullName);
        var key = FeatureCache.Key("w", "run", "item0", "s");
        cache.Put(key, [1.0, 2.0, 3.0]);
        var file = Directory.EnumerateFiles(dir.FullName, "*.pack", SearchOption.AllDirectories).Single();
        var whole = File.ReadAllBytes(file);
        File.WriteAllBytes(file, whole.AsSpan(0, whole.Length - 9).ToArray());

        // When it is read, then it is a miss (not an exception, not wrong values)
        cache.TryGet(key, out _).Should().BeFalse();

        // And one flipped byte is caught the same way
        var flipped = (byte[])whole.Clone();
        flipped[^40] ^= 0x01;
        File.WriteAllBytes(file, flipped);
        cache.TryGet(key, out _).Should().BeFalse();

        // And putting it again restores it
        cache.Put(key, [1.0, 2.0, 3.0]);
        cache.TryGet(key, out var back).Should().BeTrue();
        back.Should().Equal(1.0, 2.0, 3.0);
    }

    [Fact]
    public void ExtractVideo_GivesOneRowPerFrame_ForPoolingAndTheLstm()
    {
        using var net = new SmallCnn(seed: 2);
        var rng = new Random(5);
        var frames = Enumerable.Range(0, 4).Select(_ => TinyData.Image(20, 20, rng)).ToArray();

        var sequence = FeatureExtractor.ExtractVideo(net, "v1", frames, new FeatureSettings(FeatureMode.LastPooling, new InputConfig()), Cpu);

        sequence.Should().HaveCount(4).And.OnlyContain(r => r.Length == net.FeatureDim);
        VideoPooling.Pool(sequence, PoolingKind.Max).Should().HaveCount(net.FeatureDim);
    }

    private static IReadOnlyList<FeatureItem> Items(int count, int size, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(i => new FeatureItem($"item{i}", TinyData.Image(size, size, rng))).ToArray();
    }

    private int Files() => Directory.EnumerateFiles(dir.FullName, "*.pack", SearchOption.AllDirectories).Count();
}
