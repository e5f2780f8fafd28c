using LeakSpec.Datasets;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace LeakSpec.Harness.Tests.Synthetic;

/// <summary>The distortions are in the pixels, graded by level: what a clean model can learn for real.</summary>
[Trait("Category", "Fast")]
[Collection(TinyDatasetsCollection.Name)]
public sealed class DistortionPixelTests(TinyDatasetsFixture data)
{
    [Fact]
    public void Tid_distorted_images_depart_further_from_their_reference_with_each_level()
    {
        // Given the tiny TID2013-like dataset as written on disk
        var result = data.Results[DatasetKind.Tid2013];
        var root = result.Root;
        var references = Directory.GetFiles(Path.Combine(root, "reference_images"))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f).ToUpperInvariant(), Read);

        // When the mean squared difference to the reference is averaged per (distortion, level)
        var mse = result.Items
            .GroupBy(i => (i.Distortion, i.Level))
            .ToDictionary(g => g.Key, g => g.Average(i => Mse(Read(Path.Combine(root, "distorted_images", i.Id)), references[i.Group])));

        // Then every distortion changes the pixels, more at each level
        foreach (var type in result.Items.Select(i => i.Distortion).Distinct())
        {
            var curve = Enumerable.Range(1, 5).Select(l => mse[(type, l)]).ToArray();
            curve[0].Should().BePositive($"{type} level 1 must change the image");
            curve.Should().BeInAscendingOrder($"{type}: {string.Join(", ", curve.Select(c => c.ToString("0.0")))}");
        }
    }

    [Fact]
    public void Images_of_one_reference_look_alike_and_references_differ()
    {
        // Given the references of the tiny KADID-10k-like dataset (PNG)
        var root = data.Results[DatasetKind.Kadid10k].Root;
        var refs = Enumerable.Range(1, 10).Select(r => Read(Path.Combine(root, "images", $"I{r:00}.png"))).ToArray();

        // When each reference's level-1 blurred version is compared with every reference
        var blurred = Enumerable.Range(1, 10).Select(r => Read(Path.Combine(root, "images", $"I{r:00}_01_01.png"))).ToArray();

        // Then it is nearest its own reference: content has an identity a network can recognise
        for (var r = 0; r < refs.Length; r++)
        {
            var nearest = Enumerable.Range(0, refs.Length).MinBy(k => Mse(blurred[r], refs[k]));
            nearest.Should().Be(r);
        }
    }

    private static byte[] Read(string path)
    {
        using var image = Image.Load<Rgb24>(path);
        var bytes = new byte[image.Width * image.Height * 3];
        image.CopyPixelDataTo(bytes);
        return bytes;
    }

    private static double Mse(byte[] a, byte[] b)
    {
        a.Length.Should().Be(b.Length);
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            sum += d * d;
        }

        return sum / a.Length;
    }
}
