using LeakSpec.Datasets;
using TorchSharp;
using static TorchSharp.torch;

namespace LeakSpec.Training;

/// <summary>Turns images into network inputs according to an <see cref="InputConfig"/>, and batches into tensors.</summary>
public static class InputPipeline
{
    /// <summary>One training sample (random crop and flip from <paramref name="rng"/>) or, without a generator, the deterministic evaluation view.</summary>
    public static RgbImage Prepare(RgbImage image, InputConfig cfg, Random? rng)
    {
        var img = cfg.ResizeShorterTo is { } s ? ImageOps.ResizeShorterSide(image, s) : image;
        img = cfg.Crop switch
        {
            CropMode.None => img,
            CropMode.Random when rng is not null => ImageOps.RandomCrop(img, cfg.CropSize!.Value, rng),
            _ => ImageOps.CentreCrop(img, cfg.CropSize!.Value),
        };
        if (rng is not null && cfg.HorizontalFlip && rng.Next(2) == 1)
        {
            img = ImageOps.FlipHorizontal(img);
        }

        return img;
    }

    private static readonly Scalar ByteRange = 255f.ToScalar();

    /// <summary>
    /// N images of one size → N×3×H×W float tensor in [0, 1] on <paramref name="device"/>. On a GPU the batch travels
    /// as its bytes and is converted there (a quarter of the transfer, and no float conversion on the host, which at
    /// real sizes would be the training thread's largest cost); on the CPU the conversion is done here, as always, so
    /// CPU results do not depend on libtorch's division kernel.
    /// </summary>
    public static Tensor ToTensor(IReadOnlyList<RgbImage> images, Device device)
    {
        var (w, h) = BatchSize(images);
        if (device.type != DeviceType.CPU)
        {
            return OnDevice(PackBytes(images), images.Count, w, h, device);
        }

        int plane = w * h;

        // Images fill disjoint slices, so the cores share a batch's conversion and the tensor is the same whatever the schedule.
        var data = new float[images.Count * 3 * plane];
        Parallel.For(0, images.Count, n =>
        {
            var px = images[n].Pixels;
            var baseN = n * 3 * plane;
            for (var i = 0; i < plane; i++)
            {
                data[baseN + i] = px[i * 3] / 255f;
                data[baseN + plane + i] = px[(i * 3) + 1] / 255f;
                data[baseN + (2 * plane) + i] = px[(i * 3) + 2] / 255f;
            }
        });

        return tensor(data, [images.Count, 3, h, w]);
    }

    /// <summary>The host's whole share of a device batch: the images' bytes packed N×H×W×3 (the data-path bench measures it).</summary>
    public static byte[] PackBytes(IReadOnlyList<RgbImage> images)
    {
        var (w, h) = BatchSize(images);
        var frame = w * h * 3;
        var bytes = new byte[images.Count * frame];
        Parallel.For(0, images.Count, n => images[n].Pixels.AsSpan().CopyTo(bytes.AsSpan(n * frame, frame)));
        return bytes;
    }

    /// <summary>Packed N×H×W×3 bytes to an N×3×H×W float tensor in [0, 1] on <paramref name="device"/>, converted there.</summary>
    internal static Tensor OnDevice(byte[] packed, int count, int width, int height, Device device)
    {
        using var scope = NewDisposeScope();
        var bytes = tensor(packed, [count, height, width, 3]);
        var moved = device.type == DeviceType.CUDA ? bytes.pin_memory().to(device, non_blocking: true) : bytes.to(device);
        return moved.permute(0, 3, 1, 2).to_type(ScalarType.Float32).div_(ByteRange).contiguous().MoveToOuterDisposeScope();
    }

    private static (int Width, int Height) BatchSize(IReadOnlyList<RgbImage> images)
    {
        if (images.Count == 0)
        {
            throw new ArgumentException("ToTensor: the batch is empty.", nameof(images));
        }

        int w = images[0].Width, h = images[0].Height;
        for (var n = 0; n < images.Count; n++)
        {
            ImageOps.Check(images[n]);
            if (images[n].Width != w || images[n].Height != h)
            {
                throw new ArgumentException($"ToTensor: image {n} is {images[n].Width}×{images[n].Height} but image 0 is {w}×{h}; set a crop size or resize so a batch has one size.");
            }
        }

        return (w, h);
    }
}
