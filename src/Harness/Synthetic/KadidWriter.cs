using System.Text;
using LeakSpec.IO;

namespace LeakSpec.Synthetic;

/// <summary>
/// KADID-10k layout: `dmos.csv` (`dist_img,ref_img,dmos,var`, DMOS 1–5 higher is better, var of the votes) and
/// `images/` holding both `I01_01_01.png` (reference, type, level) and the references `I01.png`.
/// </summary>
internal static class KadidWriter
{
    public static IReadOnlyList<SyntheticTruth> Write(SynthContext ctx)
    {
        var plan = ctx.Plan;
        var types = DistortionCatalog.Kadid[..plan.DistortionTypes];
        var (refs, content) = ReferenceScenes.Render(ctx, plan.References, plan.Width, plan.Height);
        Directory.CreateDirectory(ctx.PathOf("images"));
        Parallel.For(0, refs.Length, SynthContext.Parallelism, r =>
            BulkFile.Write(ctx.PathOf(Path.Combine("images", $"I{r + 1:00}.png")), ImageCodec.Png(refs[r])));

        var count = refs.Length * types.Length * SizePlan.Levels;
        var truth = new SyntheticTruth[count];
        var variance = new string[count];
        Parallel.For(0, count, SynthContext.Parallelism, i =>
        {
            var (r, t, level) = ReferenceScenes.Unpack(i, types.Length);
            var name = $"I{r + 1:00}_{types[t].Code:00}_{level:00}.png";
            var image = Distorter.Apply(refs[r], types[t].Type, level, ctx.Rng(Streams.Item, i));
            BulkFile.Write(ctx.PathOf(Path.Combine("images", name)), ImageCodec.Png(image));
            var (item, ratings) = ctx.Rate(
                i, name, $"I{r + 1:00}", types[t].Type, level, content[r], RatingScale.Acr5, ctx.Model.RaterCount, m => SynthContext.F(m, "0.00"));
            truth[i] = item;
            variance[i] = SynthContext.F(ratings.Sd * ratings.Sd, "0.000");
        });

        var csv = new StringBuilder("dist_img,ref_img,dmos,var\n");
        for (var i = 0; i < count; i++)
        {
            var reference = truth[i].Id[..3] + ".png";
            csv.Append(truth[i].Id).Append(',').Append(reference).Append(',')
               .Append(SynthContext.F(truth[i].Score, "0.00")).Append(',').Append(variance[i]).Append('\n');
        }

        AtomicFile.WriteAllText(ctx.PathOf("dmos.csv"), csv.ToString());
        return truth;
    }
}
