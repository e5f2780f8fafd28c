namespace LeakSpec.Experiments.Claims;

/// <summary>One claim of the catalog: what the paper says, which variants it is about, and its one check.</summary>
/// <param name="Id">The claim id, e.g. "C1.2"; tests carry it in their name and in a per-row `Claim` trait.</param>
/// <param name="CaseId">The case whose runs the check reads (<see cref="PaperCase.Id"/>).</param>
/// <param name="Sentence">The paper's sentence (quoted) the claim stands for.</param>
/// <param name="FastProfile">The profile its Fast test runs: "fast" (small CNN, tiny data) or "demo-on-tiny".</param>
/// <param name="Where">Where each tier asserts it and at what size, for docs/claims.md.</param>
/// <param name="Check">States the claim's comparisons on the runs; the tier picks the margins.</param>
public sealed record ClaimDefinition(
    string Id,
    string CaseId,
    string Sentence,
    string FastProfile,
    string Where,
    Action<CheckBuilder> Check)
{
    /// <summary>
    /// Why the demo does not show this claim yet (null: it does, and the Demo test asserts it). A claim with a gap has
    /// its Demo test skipped with this reason; the report's claim-check table still evaluates it.
    /// </summary>
    public string? DemoGap { get; init; }

    /// <summary>The case's variants the check compares (read off the check itself, so the list cannot drift from it).</summary>
    public IReadOnlyList<string> Variants
    {
        get
        {
            var evidence = new Evidence(_ => []);
            Evaluate(evidence, CheckTier.Full);
            return [.. evidence.VariantsRead];
        }
    }

    /// <summary>Runs the check on <paramref name="evidence"/> with the margins of <paramref name="tier"/>.</summary>
    public Verdict Evaluate(Evidence evidence, CheckTier tier)
    {
        var b = new CheckBuilder(evidence, tier);
        Check(b);
        return b.Verdict(Id);
    }
}
