namespace LeakSpec.Datasets;

/// <summary>An 8-bit RGB image, row-major, channels interleaved (HWC): the unit the loaders hand to the models.</summary>
public sealed record RgbImage(int Width, int Height, byte[] Pixels);
