using LeakSpec.Features;
using LeakSpec.IO;

namespace LeakSpec.Harness.Tests.Features;

/// <summary>
/// The feature packs as a new process finds them: indexed by one scan, a torn tail cut off before the next append,
/// a pack of another key never read; and the cache's size report and clearing.
/// </summary>
[Trait("Category", "Fast")]
public sealed class FeaturePackTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("leakspec-packs-");

    public void Dispose() => dir.Delete(recursive: true);

    private string PackPath => Path.Combine(dir.FullName, "p.pack");

    [Fact]
    public void Rows_written_by_one_process_are_found_by_the_next()
    {
        // Given 200 rows appended in two writes
        var writer = new Pack(PackPath, "key");
        writer.Append([.. Enumerable.Range(0, 100).Select(i => ($"v#{i:D4}", Row(i)))]);
        writer.Append([.. Enumerable.Range(100, 100).Select(i => ($"v#{i:D4}", Row(i)))]);

        // When a fresh pack object (a new process) reads them
        var reader = new Pack(PackPath, "key");

        // Then every row is there, exactly, in one file
        for (var i = 0; i < 200; i++)
        {
            reader.TryGet($"v#{i:D4}", out var row).Should().BeTrue();
            row.Should().Equal(Row(i));
        }

        reader.TryGet("v#0200", out _).Should().BeFalse();
        dir.EnumerateFiles().Should().ContainSingle();
    }

    [Fact]
    public void A_torn_last_record_is_cut_off_and_later_rows_stay_readable()
    {
        // Given a pack whose last record lost its tail (a crash; packs are not fsynced)
        new Pack(PackPath, "key").Append([("a", Row(1)), ("b", Row(2))]);
        using (var fs = new FileStream(PackPath, FileMode.Open))
        {
            fs.SetLength(fs.Length - 5);
        }

        // When a new process reads it and appends a row
        var next = new Pack(PackPath, "key");
        next.TryGet("a", out var a).Should().BeTrue();
        next.TryGet("b", out _).Should().BeFalse();
        next.Append([("c", Row(3))]);

        // Then the torn record is gone, and a third process reads a and c
        var third = new Pack(PackPath, "key");
        third.TryGet("a", out a).Should().BeTrue();
        a.Should().Equal(Row(1));
        third.TryGet("b", out _).Should().BeFalse();
        third.TryGet("c", out var c).Should().BeTrue();
        c.Should().Equal(Row(3));
    }

    [Fact]
    public void A_pack_of_another_key_is_never_read_and_is_replaced_on_append()
    {
        new Pack(PackPath, "key-1").Append([("a", Row(1))]);

        var other = new Pack(PackPath, "key-2");
        other.TryGet("a", out _).Should().BeFalse();
        other.Append([("a", Row(9))]);

        new Pack(PackPath, "key-2").TryGet("a", out var row).Should().BeTrue();
        row.Should().Equal(Row(9));
        new Pack(PackPath, "key-1").TryGet("a", out _).Should().BeFalse();
    }

    [Fact]
    public void Size_reports_the_packs_and_clear_removes_them()
    {
        var cache = new FeatureCache(Path.Combine(dir.FullName, "features"));
        var group = new CacheKey(("weights", "w"), ("run", "r"), ("settings", "s"));
        cache.PutMany(group, [.. Enumerable.Range(0, 50).Select(i => ($"f{i}", Row(i)))]);

        var (bytes, files) = cache.Size();
        files.Should().Be(1);
        bytes.Should().BeGreaterThan(50 * 4 * 8);

        cache.Clear().Should().Be(bytes);
        cache.Size().Should().Be((0L, 0));
        cache.TryGet(FeatureCache.Key("w", "r", "f0", "s"), out _).Should().BeFalse("a cleared cache holds nothing, in memory either");
    }

    [Fact]
    public void A_row_of_float32_values_takes_four_bytes_a_value_and_reads_back_exactly()
    {
        // Given a network's row (float32 values widened to double) and a row of true doubles, 512 values each
        double[] floats = [.. Enumerable.Range(0, 512).Select(i => (double)(float)(Math.Sin(i) * 3))];
        double[] doubles = [.. Enumerable.Range(0, 512).Select(i => Math.Sin(i) * 3)];
        var floatPack = Path.Combine(dir.FullName, "f.pack");
        var doublePack = Path.Combine(dir.FullName, "d.pack");

        // When each is stored in its own pack
        new Pack(floatPack, "key").Append([("a", floats)]);
        new Pack(doublePack, "key").Append([("a", doubles)]);

        // Then both read back bit for bit, and the float row's pack is about half the size
        new Pack(floatPack, "key").TryGet("a", out var f).Should().BeTrue();
        new Pack(doublePack, "key").TryGet("a", out var d).Should().BeTrue();
        f.Should().Equal(floats);
        d.Should().Equal(doubles);
        new FileInfo(floatPack).Length.Should().BeLessThan((512 * 4) + 100);
        new FileInfo(doublePack).Length.Should().BeGreaterThan(512 * 8);
    }

    private static double[] Row(int i) => [i, i * 0.5, -i, Math.PI * i];
}
