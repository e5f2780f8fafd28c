namespace LeakSpec.Synthetic;

/// <summary>A linear RGB float image in [0, 1], interleaved, the working format of the generators.</summary>
internal sealed class RgbImage
{
    public RgbImage(int width, int height)
    {
        Width = width;
        Height = height;
        Data = new float[width * height * 3];
    }

    public int Width { get; }

    public int Height { get; }

    public float[] Data { get; }

    public RgbImage Clone()
    {
        var copy = new RgbImage(Width, Height);
        Data.CopyTo(copy.Data, 0);
        return copy;
    }

    public byte[] ToRgb24()
    {
        var bytes = new byte[Data.Length];
        for (var i = 0; i < Data.Length; i++)
        {
            bytes[i] = ToByte(Data[i]);
        }

        return bytes;
    }

    public static RgbImage FromRgb24(byte[] rgb, int width, int height)
    {
        var image = new RgbImage(width, height);
        for (var i = 0; i < rgb.Length; i++)
        {
            image.Data[i] = rgb[i] / 255f;
        }

        return image;
    }

    public static byte ToByte(float v) => (byte)Math.Clamp((int)MathF.Round(v * 255f, MidpointRounding.AwayFromZero), 0, 255);

    public void Clamp()
    {
        for (var i = 0; i < Data.Length; i++)
        {
            Data[i] = Math.Clamp(Data[i], 0f, 1f);
        }
    }

    /// <summary>Averages f×f blocks: renders drawn at f times the size get anti-aliased edges like a camera's.</summary>
    public RgbImage Downsample(int f)
    {
        var w = Width / f;
        var h = Height / f;
        var result = new RgbImage(w, h);
        var norm = 1f / (f * f);
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    var sum = 0f;
                    for (var dy = 0; dy < f; dy++)
                    {
                        for (var dx = 0; dx < f; dx++)
                        {
                            sum += Data[((((y * f) + dy) * Width) + (x * f) + dx) * 3 + c];
                        }
                    }

                    result.Data[((y * w) + x) * 3 + c] = sum * norm;
                }
            }
        }

        return result;
    }
}
