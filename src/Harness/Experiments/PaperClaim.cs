namespace LeakSpec.Experiments;

/// <summary>One claim of CLAIMS.md with the numbers the paper gives for it (none for relational claims).</summary>
/// <param name="Id">The claim id, e.g. "C1.3"; spec tests cite it in their name and `Claim` trait.</param>
/// <param name="CaseId">The case it belongs to (<see cref="PaperCase.Id"/>).</param>
/// <param name="Source">Where in the paper, e.g. "Table 1, row 6".</param>
/// <param name="Setup">The configuration in a few words, e.g. "TID2013, clean, grouped by reference".</param>
/// <param name="Backbone">The network the paper used for it.</param>
/// <param name="Dataset">The dataset the paper used for it.</param>
/// <param name="Values">The paper's numbers; empty for a claim that only relates other claims.</param>
public sealed record PaperClaim(
    string Id,
    string CaseId,
    string Source,
    string Setup,
    string Backbone,
    string Dataset,
    IReadOnlyList<PaperValue> Values)
{
    public PaperValue? Value(string metric) => Values.FirstOrDefault(v => v.Metric == metric);
}
