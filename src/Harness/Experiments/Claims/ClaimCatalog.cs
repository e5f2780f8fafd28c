namespace LeakSpec.Experiments.Claims;

/// <summary>
/// The claim catalog: every claim of the paper with its sentence, its numbers (<see cref="PaperReference"/>) and its
/// one check. The Fast, Demo and Full tests and the report's direction table all evaluate these same checks;
/// docs/claims.md is generated from here (and a test keeps it in step).
/// </summary>
public static class ClaimCatalog
{
    public static IReadOnlyList<ClaimDefinition> All { get; } =
        [.. Case1Claims.All, .. Case2Claims.All, .. Case3Claims.All, .. Case4Claims.All, .. DeepRnClaims.All];

    public static ClaimDefinition Get(string id) =>
        All.FirstOrDefault(c => c.Id == id)
        ?? throw new KeyNotFoundException($"No claim '{id}' with a check in the catalog; known: {string.Join(", ", All.Select(c => c.Id))}.");

    /// <summary>Every claim of a case checked on one run's results (the report's direction table).</summary>
    public static IReadOnlyList<Verdict> CheckCase(string caseId, IEnumerable<VariantResult> variants, CheckTier tier)
    {
        var evidence = Evidence.From(variants, caseId);
        return [.. All.Where(c => c.CaseId == caseId).Select(c => c.Evaluate(evidence, tier))];
    }
}
