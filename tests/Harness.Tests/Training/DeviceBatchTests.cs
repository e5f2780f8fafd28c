using LeakSpec.Datasets;
using LeakSpec.Training;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Training;

/// <summary>
/// A GPU batch travels as bytes and is converted on the device: the conversion (run here on the CPU, the same
/// operations) must give the tensor the host's float path gives.
/// </summary>
[Trait("Category", "Fast")]
[Collection(TorchCollection.Name)]
public sealed class DeviceBatchTests
{
    [Fact]
    public void Bytes_converted_by_libtorch_equal_the_hosts_float_batch()
    {
        // Given three 7x5 images holding every byte value somewhere
        var images = Enumerable.Range(0, 3)
            .Select(n => new RgbImage(7, 5, [.. Enumerable.Range(0, 7 * 5 * 3).Select(i => (byte)((i * 37) + (n * 101)))]))
            .ToArray();

        // When the batch is made on the host, and from its packed bytes by libtorch
        using var host = InputPipeline.ToTensor(images, CPU);
        using var device = InputPipeline.OnDevice(InputPipeline.PackBytes(images), images.Length, 7, 5, CPU);

        // Then shape and every value agree (to one float rounding step, the most two correct divisions can differ)
        device.shape.Should().Equal(host.shape);
        var a = host.data<float>().ToArray();
        var b = device.data<float>().ToArray();
        for (var i = 0; i < a.Length; i++)
        {
            b[i].Should().BeApproximately(a[i], 6e-8f);
        }
    }

    [Fact]
    public void Packed_bytes_are_the_images_in_order()
    {
        var images = new[] { new RgbImage(1, 1, [1, 2, 3]), new RgbImage(1, 1, [4, 5, 6]) };

        InputPipeline.PackBytes(images).Should().Equal(1, 2, 3, 4, 5, 6);
    }
}
