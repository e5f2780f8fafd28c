using System.Collections;
using System.IO.MemoryMappedFiles;

namespace LeakSpec.Datasets;

/// <summary>
/// One <see cref="PixelStore"/> file, memory-mapped: indexing copies one frame out of the mapping (the page cache, not
/// the process, holds the rest), so a fine-tuning batch touches only the frames it draws.
/// </summary>
public sealed class PixelFile : IReadOnlyList<RgbImage>, IDisposable
{
    private readonly MemoryMappedFile? map;
    private readonly MemoryMappedViewAccessor? view;
    private readonly long offset;

    internal PixelFile(string path, int width, int height, int count, long offset)
    {
        Path = path;
        Width = width;
        Height = height;
        Count = count;
        this.offset = offset;
        if (count > 0)
        {
            map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.Read);
            view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        }
    }

    public string Path { get; }

    public int Width { get; }

    public int Height { get; }

    public int Count { get; }

    public RgbImage this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var frameBytes = Width * Height * 3;
            var pixels = new byte[frameBytes];
            view!.ReadArray(offset + ((long)index * frameBytes), pixels, 0, frameBytes);
            return new RgbImage(Width, Height, pixels);
        }
    }

    public IEnumerator<RgbImage> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose()
    {
        view?.Dispose();
        map?.Dispose();
    }
}
