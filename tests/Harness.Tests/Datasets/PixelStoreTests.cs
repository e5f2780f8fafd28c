using LeakSpec.Datasets;
using LeakSpec.IO;

namespace LeakSpec.Harness.Tests.Datasets;

/// <summary>The on-disk pixel store: decoded once, read back exactly, keyed, and safe against files cut short.</summary>
[Trait("Category", "Fast")]
public sealed class PixelStoreTests
{
    private static readonly CacheKey Key = new(("item", "v1"), ("preprocessing", "none"));

    [Fact]
    public void Stored_frames_read_back_byte_for_byte_and_decode_runs_once()
    {
        // Given three 5x4 frames and a store
        using var dir = new TempDataset();
        var frames = Frames(3, 5, 4);
        var decodes = 0;
        IEnumerable<RgbImage> Decode()
        {
            decodes++;
            return frames;
        }

        // When the same key is asked for twice, and once more by a new store on the same folder
        using (var store = new PixelStore(dir.Root))
        {
            store.GetOrWrite(Key, Decode);
            store.GetOrWrite(Key, Decode).Should().HaveCount(3);
        }

        using var again = new PixelStore(dir.Root);
        var file = again.GetOrWrite(Key, Decode);

        // Then the frames decoded once, and every frame reads back as written
        decodes.Should().Be(1);
        file.Should().OnlyContain(f => f.Width == 5 && f.Height == 4);
        for (var i = 0; i < 3; i++)
        {
            file[i].Pixels.Should().Equal(frames[i].Pixels);
        }

        again.SizeBytes().Should().BeGreaterThan(3 * 5 * 4 * 3);
    }

    [Fact]
    public void A_file_cut_short_is_decoded_again()
    {
        // Given a stored video whose file lost its last bytes (a crash before the page cache reached the disk)
        using var dir = new TempDataset();
        using (var store = new PixelStore(dir.Root))
        {
            store.GetOrWrite(Key, () => Frames(2, 3, 3));
        }

        var path = Directory.EnumerateFiles(dir.Root, "*.px", SearchOption.AllDirectories).Single();
        using (var fs = new FileStream(path, FileMode.Open))
        {
            fs.SetLength(fs.Length - 1);
        }

        // When it is asked for again
        var decoded = false;
        using var fresh = new PixelStore(dir.Root);
        var file = fresh.GetOrWrite(Key, () =>
        {
            decoded = true;
            return Frames(2, 3, 3);
        });

        // Then it was decoded again and reads whole
        decoded.Should().BeTrue();
        file[1].Pixels.Should().Equal(Frames(2, 3, 3)[1].Pixels);
    }

    [Fact]
    public void Another_key_is_another_file()
    {
        using var dir = new TempDataset();
        using var store = new PixelStore(dir.Root);

        var a = store.GetOrWrite(Key, () => Frames(1, 2, 2, seed: 1));
        var b = store.GetOrWrite(new CacheKey(("item", "v1"), ("preprocessing", "shorter=338")), () => Frames(1, 2, 2, seed: 2));

        a.Path.Should().NotBe(b.Path);
        a[0].Pixels.Should().NotEqual(b[0].Pixels);
    }

    [Fact]
    public void Frames_of_two_sizes_are_refused_with_the_file_named()
    {
        using var dir = new TempDataset();
        using var store = new PixelStore(dir.Root);

        var act = () => store.GetOrWrite(Key, () => [.. Frames(1, 2, 2), .. Frames(1, 3, 2)]);

        act.Should().Throw<MediaReadException>().Where(e => e.Message.Contains("frame 1 is 3x2 but frame 0 is 2x2"));
        Directory.EnumerateFiles(dir.Root, "*", SearchOption.AllDirectories).Should().BeEmpty("a failed write leaves no file behind");
    }

    private static RgbImage[] Frames(int count, int width, int height, int seed = 0) =>
        [.. Enumerable.Range(0, count).Select(i => new RgbImage(width, height, [.. Enumerable.Range(0, width * height * 3).Select(k => (byte)((k * 7) + (i * 31) + seed))]))];
}
