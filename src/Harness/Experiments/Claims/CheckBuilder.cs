using System.Globalization;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Claims;

/// <summary>
/// The vocabulary a claim's check is written in: each call states one comparison and records whether it held, so the
/// Fast, Demo and Full tests and the report's direction table all read the same conditions.
/// </summary>
public sealed class CheckBuilder(Evidence evidence, CheckTier tier)
{
    private readonly List<Condition> conditions = [];

    public CheckTier Tier { get; } = tier;

    public Evidence Evidence { get; } = evidence;

    public bool IsFull => Tier == CheckTier.Full;

    public IReadOnlyList<Condition> Conditions => conditions;

    /// <summary>The auditor found exactly the expected cases in the variant's manifest on every run.</summary>
    public CheckBuilder Audit(string variant, Leak expected)
    {
        var runs = Evidence.Runs(variant);
        var wrong = runs.Count(r => r.Leaks != expected);
        var text = $"audit: {variant} leaks exactly {(expected == Leak.None ? "nothing" : expected.ToString())} on every run";
        conditions.Add(new(text, runs.Count - wrong, runs.Count, runs.Count > 0 && wrong == 0));
        return this;
    }

    /// <summary>mean(a) − mean(b) &gt; margin: <paramref name="a"/> is above <paramref name="b"/> by at least the margin.</summary>
    public CheckBuilder Above(string a, string b, Measure measure, Margin margin)
    {
        var m = margin.For(Tier);
        var gap = Evidence.Mean(a, measure) - Evidence.Mean(b, measure);
        conditions.Add(new(F($"{measure.Name}: {a} − {b} > {m}"), gap, m, gap > m));
        return this;
    }

    /// <summary>mean(b) − mean(a) &gt; margin: <paramref name="a"/> is below <paramref name="b"/> by at least the margin.</summary>
    public CheckBuilder Below(string a, string b, Measure measure, Margin margin)
    {
        var m = margin.For(Tier);
        var gap = Evidence.Mean(b, measure) - Evidence.Mean(a, measure);
        conditions.Add(new(F($"{measure.Name}: {b} − {a} > {m}"), gap, m, gap > m));
        return this;
    }

    /// <summary>mean(a) ≤ mean(b) + slack: <paramref name="a"/> does not improve on <paramref name="b"/>.</summary>
    public CheckBuilder NotAbove(string a, Measure ma, string b, Measure mb, Margin slack)
    {
        var s = slack.For(Tier);
        var gap = Evidence.Mean(a, ma) - Evidence.Mean(b, mb);
        conditions.Add(new(F($"{ma.Name}({a}) − {mb.Name}({b}) ≤ {s}"), gap, s, gap <= s));
        return this;
    }

    /// <summary>The mean of a measure lies above a bound.</summary>
    public CheckBuilder MeanAbove(string variant, Measure measure, double bound)
    {
        var mean = Evidence.Mean(variant, measure);
        conditions.Add(new(F($"mean {measure.Name}({variant}) > {bound}"), mean, bound, mean > bound));
        return this;
    }

    /// <summary>On every run, the measure satisfies the predicate (e.g. early stopping triggered on each split).</summary>
    public CheckBuilder EveryRun(string variant, string text, Func<SplitResult, bool> holds)
    {
        var runs = Evidence.Runs(variant);
        var ok = runs.Count(holds);
        conditions.Add(new($"on every run of {variant}: {text}", ok, runs.Count, runs.Count > 0 && ok == runs.Count));
        return this;
    }

    /// <summary>
    /// Synthetic data only (skipped on real data, which has no ground truth): the clean variant's test SROCC reaches
    /// <paramref name="share"/> of what a content-blind predictor reaches on the same test items.
    /// </summary>
    public CheckBuilder TruthFloor(string variant, double share)
    {
        var blind = Evidence.Mean(variant, Measure.Scalar(ScalarKeys.ContentBlindSrocc));
        if (double.IsNaN(blind) && IsFull)
        {
            return this;
        }

        var srocc = Evidence.Mean(variant, Measure.Srocc);
        var bound = share * blind;
        conditions.Add(new(F($"truth floor: SROCC({variant}) ≥ {share} × content-blind SROCC"), srocc, bound, srocc >= bound));
        return this;
    }

    /// <summary>Full tier only: every number the catalog holds for the claim, within its tolerance.</summary>
    public CheckBuilder Paper(string variant, string claimId)
    {
        if (!IsFull)
        {
            return this;
        }

        foreach (var value in PaperReference.Get(claimId).Values)
        {
            var mean = Evidence.Mean(variant, Measure.For(value.Metric));
            conditions.Add(new(F($"{claimId} {value.Metric}({variant}) = {value} (± {value.Tolerance:0.###})"), mean, value.Mean, value.Accepts(mean)));
        }

        return this;
    }

    /// <summary>
    /// Conditions the tiny Fast data cannot show (a handful of test videos or references per split scatter more than the
    /// effect): asserted from the Demo tier up, and docs/claims.md says so.
    /// </summary>
    public CheckBuilder FromDemo(Func<CheckBuilder, CheckBuilder> conditions) => Tier == CheckTier.Fast ? this : conditions(this);

    /// <summary>Conditions that need the synthetic ground truth: left out of the Full tier, which runs on real data.</summary>
    public CheckBuilder Synthetic(Func<CheckBuilder, CheckBuilder> conditions) => IsFull ? this : conditions(this);

    /// <summary>Adds a condition computed by the check itself (for comparisons of differences).</summary>
    public CheckBuilder Require(string text, double measured, double bound, bool holds)
    {
        conditions.Add(new(text, measured, bound, holds));
        return this;
    }

    public Verdict Verdict(string claimId) => new(claimId, Tier, conditions);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
