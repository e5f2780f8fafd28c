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

    /// <summary>N images of one size → N×3×H×W float tensor in [0, 1] on <paramref name="device"/>.</summary>
    public static Tensor ToTensor(IReadOnlyList<RgbImage> images, Device device)
    {
        if (images.Count == 0)
        {
            throw new ArgumentException("ToTensor: the batch is empty.", nameof(images));
        }

        int w = images[0].Width, h = images[0].Height, plane = w * h;
        var data = new float[images.Count * 3 * plane];
        for (var n = 0; n < images.Count; n++)
        {
            var img = images[n];
            ImageOps.Check(img);
            if (img.Width != w || img.Height != h)
            {
                throw new ArgumentException($"ToTensor: image {n} is {img.Width}×{img.Height} but image 0 is {w}×{h}; set a crop size or resize so a batch has one size.");
            }

            var px = img.Pixels;
            var baseN = n * 3 * plane;
            for (var i = 0; i < plane; i++)
            {
                data[baseN + i] = px[i * 3] / 255f;
                data[baseN + plane + i] = px[(i * 3) + 1] / 255f;
                data[baseN + (2 * plane) + i] = px[(i * 3) + 2] / 255f;
            }
        }

        var t = tensor(data, [images.Count, 3, h, w]);
        return device.type == DeviceType.CPU ? t : t.to(device);
    }
}
