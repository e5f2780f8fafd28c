using System.Globalization;
using LeakSpec.Datasets;

namespace LeakSpec.Synthetic;

/// <summary>Everything a kind's writer needs: where, how big, which model, and seeded streams unique to the kind.</summary>
internal sealed class SynthContext(DatasetKind kind, SyntheticSize size, int seed, string root, ScoreModel model, int? maxItems = null)
{
    public DatasetKind Kind { get; } = kind;

    public SyntheticSize Size { get; } = size;

    public string Root { get; } = root;

    public ScoreModel Model { get; } = model;

    public SizePlan Plan { get; } = SizePlan.For(kind, size).Capped(maxItems);

    /// <summary>The kind takes part in every derived seed: one seed gives unrelated content across kinds.</summary>
    private int KindSeed { get; } = SeedMix.Derive(seed, 1000 + (int)kind, 0);

    public Random Rng(int stream, long index) => SeedMix.Rng(KindSeed, stream, index);

    public static ParallelOptions Parallelism { get; } = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public static string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>The score exactly as a loader will parse it back from the text written.</summary>
    public static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Distinct seeded 10-digit ids (like Flickr ids of KonIQ-10k and KoNViD-1k).</summary>
    public IReadOnlyList<long> TenDigitIds(int count)
    {
        var rng = Rng(Streams.Ids, 0);
        var seen = new HashSet<long>();
        var ids = new List<long>(count);
        while (ids.Count < count)
        {
            var id = 1_000_000_000L + rng.NextInt64(9_000_000_000L);
            if (seen.Add(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>Rates one item with the model and returns its truth and ratings.</summary>
    public (SyntheticTruth Truth, Ratings Ratings) Rate(
        long index, string id, string group, SyntheticDistortion type, int level, double content, RatingScale scale, int raters, Func<double, string> format)
    {
        var effect = Model.DistortionEffect(type, level);
        var unit = Model.UnitQuality(effect, content);
        var ratings = Ratings.Simulate(Rng(Streams.Raters, index), unit, raters, Model.RaterSd, scale);
        var truth = new SyntheticTruth(id, group, type, level, effect, content, scale.FromUnit(unit), Parse(format(ratings.Mean)));
        return (truth, ratings);
    }
}
