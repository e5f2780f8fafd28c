using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Harness.Tests.Splitting;

/// <summary>Small in-memory datasets and group structures for the splitting tests.</summary>
internal static class SplitTestData
{
    public static readonly int[] ManySeeds = [.. Enumerable.Range(0, 200).Select(i => (i * 7919) + 1)];

    /// <summary>A random group structure: 2..60 groups of 1..12 items each, items in shuffled order.</summary>
    public static string[] RandomGroups(int seed, int minGroups = 2)
    {
        var rng = new Random(seed);
        var nGroups = rng.Next(minGroups, 61);
        var items = new List<string>();
        for (var g = 0; g < nGroups; g++)
        {
            var size = rng.Next(1, 13);
            for (var k = 0; k < size; k++)
            {
                items.Add($"G{g:D3}");
            }
        }

        return [.. items.OrderBy(_ => rng.Next())];
    }

    /// <summary>A KoNViD-1k-shaped dataset of <paramref name="videos"/> videos (ids are numeric like flickr ids).</summary>
    public static Dataset Konvid(int videos = 1200)
    {
        var items = Enumerable.Range(0, videos)
            .Select(v => (3000000000L + (v * 7919L)).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select((id, v) => new DatasetItem(id, "/data/" + id + ".mp4", 1 + (v % 40 / 10.0), (v % 40) / 40.0, id))
            .ToList();
        return new Dataset(DatasetKind.Konvid1k, "/data/konvid", items);
    }

    /// <summary>A KonIQ-10k-shaped dataset with its official labels in the release's proportions (7,058/1,000/2,015 of 10,073).</summary>
    public static Dataset Koniq(int count = 1000)
    {
        var items = Enumerable.Range(0, count).Select(i =>
        {
            var id = (10000000 + (i * 37)).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".jpg";
            var f = i / (double)count;
            var label = f < 0.7007 ? "training" : f < 0.8 ? "validation" : "test";
            return new DatasetItem(id, "/data/" + id, 50, 0.5, id, label);
        }).ToList();
        return new Dataset(DatasetKind.Koniq10k, "/data/koniq", items);
    }

    public static Dataset LiveC(int count = 1162)
    {
        var items = Enumerable.Range(10, count).Select(i => new DatasetItem($"{i}.bmp", $"/data/{i}.bmp", 50, 0.5, $"{i}.bmp")).ToList();
        return new Dataset(DatasetKind.LiveC, "/data/livec", items);
    }

    public static IReadOnlyList<string> GroupsOf(int[] indices, IReadOnlyList<string> groups) => [.. indices.Select(i => groups[i])];

    /// <summary>Train ∪ val ∪ test covers 0..count-1 exactly once, each part sorted (plain loops: called on 46,080-item splits).</summary>
    public static void ShouldPartition(ThreeWaySplit s, int count)
    {
        var seen = new int[count];
        var problems = new List<string>();
        foreach (var (name, part) in new[] { ("train", s.Train), ("val", s.Val), ("test", s.Test) })
        {
            for (var k = 0; k < part.Length; k++)
            {
                if (part[k] < 0 || part[k] >= count)
                {
                    problems.Add($"{name}[{k}] = {part[k]} is out of range");
                    continue;
                }

                seen[part[k]]++;
                if (k > 0 && part[k - 1] >= part[k])
                {
                    problems.Add($"{name} is not strictly ascending at {k}");
                }
            }
        }

        problems.AddRange(seen.Select((n, i) => (n, i)).Where(x => x.n != 1).Take(5).Select(x => $"item {x.i} appears {x.n} times"));
        problems.Should().BeEmpty("train ∪ val ∪ test must cover every item exactly once, sorted");
    }

    public static SplitManifest Manifest(DatasetKind kind, params (string Stage, string[] Ids)[] stages) =>
        new(kind, string.Empty, "test", 0, DatasetCatalog.Get(kind).GroupKey,
            stages.ToDictionary(s => s.Stage, s => (IReadOnlyList<string>)s.Ids));
}
