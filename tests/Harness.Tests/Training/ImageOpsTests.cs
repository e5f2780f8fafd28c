using System.Text.Json;
using LeakSpec.Datasets;
using LeakSpec.Training;

namespace LeakSpec.Harness.Tests.Training;

[Trait("Category", "Fast")]
public sealed class ImageOpsTests
{
    [Fact]
    public void CentreCrop_TakesTheMiddleExactly()
    {
        // Given a 10×8 image whose pixels encode their coordinates
        var img = TinyData.Coordinates(10, 8);

        // When a 4×4 centre crop is taken
        var crop = ImageOps.CentreCrop(img, 4);

        // Then it starts at (3, 2) and copies every pixel
        crop.Width.Should().Be(4);
        crop.Pixels[..3].Should().Equal(3, 2, 5);
        crop.Pixels[^3..].Should().Equal(6, 5, 11);
    }

    [Fact]
    public void RandomCrop_HasTheSizeAndIsSeeded()
    {
        var img = TinyData.Coordinates(40, 30);
        var a = ImageOps.RandomCrop(img, 16, new Random(3));
        var rngB = new Random(3);
        var b = ImageOps.RandomCrop(img, 16, rngB);
        var c = ImageOps.RandomCrop(img, 16, rngB);

        a.Width.Should().Be(16);
        a.Height.Should().Be(16);
        a.Pixels.Should().Equal(b.Pixels, "the same seed places the crop at the same spot");
        c.Pixels.Should().NotEqual(b.Pixels, "the next draw places it elsewhere");
        var tooBig = () => ImageOps.RandomCrop(img, 31, new Random(1));
        tooBig.Should().Throw<ArgumentException>().WithMessage("*31×31*40×30*");
    }

    [Fact]
    public void Pipeline_NRandomCropsPerImage_AreDistinctButReproducible()
    {
        var img = TinyData.Coordinates(64, 48);
        var cfg = new InputConfig(ResizeShorterTo: 32, CropSize: 24, Crop: CropMode.Random, HorizontalFlip: true);
        RgbImage[] Draw(int seed)
        {
            var rng = new Random(seed);
            return Enumerable.Range(0, 20).Select(_ => InputPipeline.Prepare(img, cfg, rng)).ToArray();
        }

        var first = Draw(9);
        var again = Draw(9);
        first.Should().OnlyContain(c => c.Width == 24 && c.Height == 24);
        first.Select(c => Convert.ToHexString(c.Pixels)).Should().Equal(again.Select(c => Convert.ToHexString(c.Pixels)));
        first.Select(c => Convert.ToHexString(c.Pixels)).Distinct().Count().Should().BeGreaterThan(10);
        InputPipeline.Prepare(img, cfg, rng: null).Pixels.Should().Equal(ImageOps.CentreCrop(ImageOps.ResizeShorterSide(img, 32), 24).Pixels);
    }

    [Fact]
    public void Flip_MirrorsColumns()
    {
        var flipped = ImageOps.FlipHorizontal(TinyData.Coordinates(5, 2));
        flipped.Pixels[..3].Should().Equal(4, 0, 4);
        ImageOps.FlipHorizontal(flipped).Pixels.Should().Equal(TinyData.Coordinates(5, 2).Pixels);
    }

    [Fact]
    public void Resize_MatchesPyTorchBilinear()
    {
        // Given a random 7×5 image and PyTorch's bilinear resizes of it (fixtures/training/make_resize_golden.py)
        using var doc = JsonDocument.Parse(File.ReadAllText(TinyData.FixturePath("training", "resize_golden.json")));
        var root = doc.RootElement;
        var src = new RgbImage(7, 5, root.GetProperty("pixels").EnumerateArray().Select(e => (byte)e.GetInt32()).ToArray());

        foreach (var t in root.GetProperty("targets").EnumerateArray())
        {
            // When resized to the same size here
            var w = t.GetProperty("width").GetInt32();
            var h = t.GetProperty("height").GetInt32();
            var ours = ImageOps.Resize(src, w, h).Pixels.Select(b => (int)b).ToArray();
            var theirs = t.GetProperty("pixels").EnumerateArray().Select(e => e.GetInt32()).ToArray();

            // Then every byte agrees within 1 (float32 vs float64 rounding at .5)
            ours.Zip(theirs).Should().OnlyContain(p => Math.Abs(p.First - p.Second) <= 1, $"{w}×{h}");
            ours.Zip(theirs).Count(p => p.First == p.Second).Should().BeGreaterThan(theirs.Length * 95 / 100);
        }
    }

    [Fact]
    public void ResizeShorterSide_KeepsAspect()
    {
        var r = ImageOps.ResizeShorterSide(TinyData.Coordinates(96, 54), 338);
        (r.Width, r.Height).Should().Be((601, 338));
    }
}
