using System.Text;
using LeakSpec.IO;

namespace LeakSpec.Synthetic;

/// <summary>
/// KonIQ-10k layout: `koniq10k_distributions_sets.csv` (`image_name,c1..c5,c_total,MOS,SD,set`, MOS 0–100, set in
/// the official 70/10/20 proportions), `koniq10k_scores_and_distributions.csv` (`…,MOS,SD,MOS_zscore`, MOS 1–5
/// from the same votes) and JPEGs in `512x384/` (the layout's folder name; the synthetic images are smaller).
/// </summary>
internal static class KoniqWriter
{
    public const string ImageFolder = "512x384";

    public static IReadOnlyList<SyntheticTruth> Write(SynthContext ctx)
    {
        var n = ctx.Plan.Images;
        var ids = ctx.TenDigitIds(n);
        var sets = OfficialSets(ctx, n);
        var truth = new SyntheticTruth[n];
        var ratings = new Ratings[n];
        Directory.CreateDirectory(ctx.PathOf(ImageFolder));
        Parallel.For(0, n, SynthContext.Parallelism, i =>
        {
            var name = $"{ids[i]}.jpg";
            var photo = WildPhoto.Make(ctx, i);
            BulkFile.Write(ctx.PathOf(Path.Combine(ImageFolder, name)), ImageCodec.Jpeg(photo.Image, WildPhoto.SaveQuality));

            // KonIQ-10k had 120 raters per image, of whom 25–30 passed its checks per image on average: simulate that.
            var raters = 25 + ctx.Rng(Streams.Raters, -1 - i).Next(6);
            var (item, r) = ctx.Rate(i, name, name, photo.Type, photo.Level, photo.Content, RatingScale.Acr5, raters, m => Mos100(m));
            truth[i] = item with { NoiseFreeScore = (item.NoiseFreeScore - 1) * 25, OfficialSplit = sets[i] };
            ratings[i] = r;
        });

        var means = ratings.Select(r => r.Mean).ToArray();
        var mean = means.Average();
        var sd = Math.Sqrt(means.Sum(m => (m - mean) * (m - mean)) / (n - 1));
        var setsCsv = new StringBuilder("image_name,c1,c2,c3,c4,c5,c_total,MOS,SD,set\n");
        var scoresCsv = new StringBuilder("image_name,c1,c2,c3,c4,c5,c_total,MOS,SD,MOS_zscore\n");
        for (var i = 0; i < n; i++)
        {
            var r = ratings[i];
            var votes = $"{truth[i].Id},{string.Join(',', r.Counts)},{r.Counts.Sum()}";
            setsCsv.Append(votes).Append(',').Append(Mos100(r.Mean)).Append(',')
                   .Append(SynthContext.F(r.Sd * 25, "0.########")).Append(',').Append(sets[i]).Append('\n');

            // MOS_zscore: the release's standardised score on a 0–100-like scale; here 50 + 20·z of the MOS.
            scoresCsv.Append(votes).Append(',').Append(SynthContext.F(r.Mean, "0.########")).Append(',')
                     .Append(SynthContext.F(r.Sd, "0.########")).Append(',')
                     .Append(SynthContext.F(50 + (20 * (r.Mean - mean) / sd), "0.########")).Append('\n');
        }

        AtomicFile.WriteAllText(ctx.PathOf("koniq10k_scores_and_distributions.csv"), scoresCsv.ToString());
        AtomicFile.WriteAllText(ctx.PathOf("koniq10k_distributions_sets.csv"), setsCsv.ToString());
        return truth;
    }

    private static string Mos100(double mos5) => SynthContext.F((mos5 - 1) * 25, "0.########");

    /// <summary>training/validation/test in the release's proportions (7,058 / 1,000 / 2,015 of 10,073), at random.</summary>
    private static string[] OfficialSets(SynthContext ctx, int n)
    {
        var order = Enumerable.Range(0, n).ToArray();
        ctx.Rng(Streams.Ids, 1).Shuffle(order);
        var train = (int)Math.Round(n * 7058.0 / 10073);
        var val = (int)Math.Round(n * 1000.0 / 10073);
        var sets = new string[n];
        for (var k = 0; k < n; k++)
        {
            sets[order[k]] = k < train ? "training" : k < train + val ? "validation" : "test";
        }

        return sets;
    }
}
