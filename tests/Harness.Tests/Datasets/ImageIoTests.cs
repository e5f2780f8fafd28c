using LeakSpec.Datasets;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace LeakSpec.Harness.Tests.Datasets;

[Trait("Category", "Fast")]
public sealed class ImageIoTests
{
    [Fact]
    public void Reads_rgb_pixels_in_hwc_order()
    {
        // Given a 3x2 PNG with known pixels
        using var tmp = new TempDataset();
        using (var img = new Image<Rgb24>(3, 2))
        {
            img[0, 0] = new Rgb24(1, 2, 3);
            img[2, 1] = new Rgb24(250, 100, 50);
            img.SaveAsPng(tmp.PathOf("a.png"));
        }

        // When it is read
        var rgb = ImageIo.Read(tmp.PathOf("a.png"));

        // Then the first pixel opens the buffer and the last closes it
        rgb.Width.Should().Be(3);
        rgb.Height.Should().Be(2);
        rgb.Pixels.Take(3).Should().Equal(1, 2, 3);
        rgb.Pixels.Skip(15).Should().Equal(250, 100, 50);
    }

    [Fact]
    public void Image_over_the_pixel_cap_is_refused_from_its_header()
    {
        // Given a 16x12 fixture image and a cap of 100 pixels
        var path = RepoPaths.Fixture("datasets", "koniq10k", "1024x768", "10004473376.jpg");

        // When it is read
        var act = () => ImageIo.Read(path, maxPixels: 100);

        // Then the error names the file, the size and the cap
        act.Should().Throw<MediaReadException>().Where(e => e.FilePath == path && e.Message.Contains("16x12") && e.Message.Contains("100"));
    }

    [Fact]
    public void Zero_byte_and_garbage_files_are_refused()
    {
        // Given an empty file and a text file named .png
        using var tmp = new TempDataset();
        File.WriteAllBytes(tmp.PathOf("empty.png"), []);
        File.WriteAllText(tmp.PathOf("text.png"), "not an image at all");

        // Then each read names its file
        ((Action)(() => ImageIo.Read(tmp.PathOf("empty.png")))).Should().Throw<MediaReadException>()
            .Where(e => e.FilePath == tmp.PathOf("empty.png") && e.Message.Contains("0 bytes"));
        ((Action)(() => ImageIo.Read(tmp.PathOf("text.png")))).Should().Throw<MediaReadException>()
            .Where(e => e.FilePath == tmp.PathOf("text.png"));
        ((Action)(() => ImageIo.Read(tmp.PathOf("none.png")))).Should().Throw<MediaReadException>()
            .Where(e => e.Message.Contains("not found"));
    }
}
