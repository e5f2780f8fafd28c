using System.Globalization;

namespace LeakSpec.Experiments.Claims;

/// <summary>One comparison a claim's check made, with the numbers behind it.</summary>
/// <param name="Text">What was required, e.g. "SROCC: livec.leaky − livec.clean > 0.25".</param>
/// <param name="Measured">The measured left-hand side (NaN when the runs lacked it).</param>
/// <param name="Bound">The bound it was held against.</param>
/// <param name="Holds">Whether it held; a missing measurement never holds.</param>
public sealed record Condition(string Text, double Measured, double Bound, bool Holds)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{(Holds ? "ok" : "FAILED")}] {Text} (measured {Measured:0.####}, bound {Bound:0.####})");
}

/// <summary>The outcome of one claim's check on one set of runs.</summary>
public sealed record Verdict(string ClaimId, CheckTier Tier, IReadOnlyList<Condition> Conditions)
{
    /// <summary>True when every condition held; a check with no condition never holds.</summary>
    public bool Holds => Conditions.Count > 0 && Conditions.All(c => c.Holds);

    public IEnumerable<Condition> Failed => Conditions.Where(c => !c.Holds);

    public override string ToString() =>
        $"{ClaimId} ({Tier}): {(Holds ? "holds" : "FAILS")}\n  " + string.Join("\n  ", Conditions);
}
