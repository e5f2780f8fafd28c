using LeakSpec.Experiments;
using LeakSpec.Experiments.Claims;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case1_DeepBIQ;

/// <summary>
/// Sabotage: the Fast runs again with a deliberate harness fault (<c>HarnessFault</c>, internal to the harness, so the
/// CLI cannot reach it), and each claim the fault breaks must fail its own catalog check. A claim no fault can break
/// would have a check that cannot tell a broken harness; docs/claims.md lists which fault breaks which claim.
/// </summary>
[Trait("Category", "Sabotage")]
public sealed class C1_DeepBIQ_Sabotage(DeepBiqFastRuns runs) : IClassFixture<DeepBiqFastRuns>
{
    /// <summary>Every (fault, claim) pair of the catalog's sabotage list for this case; each row carries its claim as a trait.</summary>
    public static IEnumerable<TheoryDataRow<string, string>> Rows =>
        Sabotage.FastBreaks.SelectMany(p => p.Value
            .Where(id => ClaimCatalog.Get(id).CaseId == "1")
            .Select(id => new TheoryDataRow<string, string>(p.Key, id).WithTrait("Claim", id)));

    [Theory]
    [MemberData(nameof(Rows))]
    public void AFaultyHarness_FailsTheClaimsItBreaks(string fault, string claim)
    {
        // Given the harness with the fault; When the claim's check runs on its sabotaged results; Then it fails
        ClaimAssert.Fails(runs.Check(claim, Enum.Parse<HarnessFault>(fault)), fault);
    }
}
