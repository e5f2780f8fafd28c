using LeakSpec.Datasets;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace LeakSpec.Harness.Tests.Datasets;

/// <summary>
/// Dataset images are decoded with SkiaSharp instead of ImageSharp 2.1: lossless formats must keep every pixel, so
/// every PNG and BMP fixture (and PNGs with alpha, grey levels and a palette) is compared with ImageSharp's decoding of
/// the same file; JPEGs are compared with PIL's decoding (libjpeg-turbo, as SkiaSharp), which ImageSharp 2.1 did not match.
/// </summary>
[Trait("Category", "Fast")]
public sealed class SkiaDecodeParityTests
{
    public static TheoryData<string> LosslessFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(RepoPaths.Fixture("datasets"), "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".bmp", StringComparison.OrdinalIgnoreCase))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Fixtures, f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LosslessFixtures))]
    public void A_lossless_fixture_decodes_to_exactly_the_pixels_ImageSharp_decoded(string relative)
    {
        // Given a PNG or BMP fixture
        var path = Path.Combine(RepoPaths.Fixtures, relative);

        // When it is read by ImageIo (SkiaSharp) and by ImageSharp
        var ours = ImageIo.Read(path);
        var reference = Reference(path);

        // Then size and every byte agree
        (ours.Width, ours.Height).Should().Be((reference.Width, reference.Height));
        ours.Pixels.Should().Equal(reference.Pixels);
    }

    [Fact]
    public void PNGs_with_alpha_grey_levels_or_a_palette_keep_their_stored_colour_values()
    {
        // Given PNGs written as RGBA (partly transparent), 8-bit grey, and a 2-colour palette
        using var tmp = new TempDataset();
        using (var rgba = new Image<Rgba32>(4, 3))
        {
            rgba[0, 0] = new Rgba32(200, 100, 50, 0);
            rgba[3, 2] = new Rgba32(10, 20, 30, 128);
            rgba.SaveAsPng(tmp.PathOf("rgba.png"));
        }

        using (var grey = new Image<L8>(5, 2))
        {
            grey[1, 1] = new L8(77);
            grey.SaveAsPng(tmp.PathOf("grey.png"));
        }

        using (var palette = new Image<Rgb24>(3, 3, new Rgb24(9, 8, 7)))
        {
            palette[1, 1] = new Rgb24(250, 0, 125);
            palette.SaveAsPng(tmp.PathOf("palette.png"), new SixLabors.ImageSharp.Formats.Png.PngEncoder { ColorType = SixLabors.ImageSharp.Formats.Png.PngColorType.Palette });
        }

        // When each is read
        var results = new[] { "rgba.png", "grey.png", "palette.png" }.Select(f => (Ours: ImageIo.Read(tmp.PathOf(f)), Ref: Reference(tmp.PathOf(f)))).ToList();

        // Then the colour of a fully transparent pixel is kept (no premultiplying), grey expands to R = G = B, and all match ImageSharp
        results[0].Ours.Pixels.Take(3).Should().Equal(200, 100, 50);
        results[1].Ours.Pixels.Skip(3 * 6).Take(3).Should().Equal(77, 77, 77);
        results[2].Ours.Pixels.Skip(3 * 4).Take(3).Should().Equal(250, 0, 125);
        results.Should().OnlyContain(r => r.Ours.Pixels.SequenceEqual(r.Ref.Pixels));
    }

    [Fact]
    public void JPEG_fixtures_decode_to_exactly_the_pixels_PIL_decodes_and_ImageSharp_differed()
    {
        // Given the JPEG fixtures and their pixels as PIL (libjpeg-turbo) decodes them (fixtures/datasets/make_jpeg_pixels.py)
        using var golden = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepoPaths.Fixture("datasets", "jpeg_pixels.json")));
        var images = golden.RootElement.GetProperty("images").EnumerateObject().ToList();

        // When each is read by ImageIo and by ImageSharp 2.1
        var checks = images.Select(p =>
        {
            var path = Path.Combine(RepoPaths.Fixture("datasets"), p.Name);
            var expected = p.Value.GetProperty("rgb").EnumerateArray().Select(e => (byte)e.GetInt32()).ToArray();
            return (Ours: ImageIo.Read(path), Sharp: Reference(path), Expected: expected, W: p.Value.GetProperty("width").GetInt32());
        }).ToList();

        // Then ImageIo matches PIL byte for byte, while ImageSharp's own JPEG decoder did not (its mean difference on
        // these noise-like 16×12 and 8×6 images is 5–15 levels of 255; docs/datasets.md)
        images.Should().HaveCount(8);
        checks.Should().OnlyContain(c => c.Ours.Width == c.W && c.Ours.Pixels.SequenceEqual(c.Expected));
        checks.Should().OnlyContain(c => !c.Sharp.Pixels.SequenceEqual(c.Expected));
    }

    private static RgbImage Reference(string path)
    {
        using var image = Image.Load<Rgb24>(path);
        var pixels = new byte[image.Width * image.Height * 3];
        image.CopyPixelDataTo(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Rgb24>(pixels.AsSpan()));
        return new RgbImage(image.Width, image.Height, pixels);
    }
}
