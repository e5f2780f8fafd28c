using System.Collections;

namespace LeakSpec.Datasets;

/// <summary>
/// Images read when indexed, not before: a stage of 10,000 KonIQ-10k images is 24 GB decoded, which a caller that
/// walks it batch by batch never needs to hold at once.
/// </summary>
public sealed class LazyImageList(int count, Func<int, RgbImage> load) : IReadOnlyList<RgbImage>
{
    public int Count { get; } = count;

    public RgbImage this[int index] => (uint)index < (uint)Count ? load(index) : throw new ArgumentOutOfRangeException(nameof(index), index, $"the list holds {Count} images");

    public IEnumerator<RgbImage> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return load(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
