namespace LeakSpec.Splitting;

/// <summary>One finding of the auditor.</summary>
/// <param name="Source">Which manifest (its file, or kind/policy/seed).</param>
/// <param name="Kind">What was found.</param>
/// <param name="StageA">The stage that may see the items (e.g. finetune.train).</param>
/// <param name="StageB">The stage they leak into (e.g. regressor.test); equal to StageA for duplicates.</param>
/// <param name="ItemCount">How many items of StageB are involved.</param>
/// <param name="GroupCount">How many groups those items belong to.</param>
/// <param name="FirstItems">The first few of those items (ordinal order).</param>
/// <param name="FirstGroups">The first few of those groups (ordinal order).</param>
public sealed record Violation(
    string Source,
    ViolationKind Kind,
    string StageA,
    string StageB,
    int ItemCount,
    int GroupCount,
    IReadOnlyList<string> FirstItems,
    IReadOnlyList<string> FirstGroups)
{
    /// <summary>The paper's case, or <see cref="Leak.None"/> for plain overlaps and duplicates.</summary>
    public Leak Case => Kind switch
    {
        ViolationKind.CaseI => Leak.CaseI,
        ViolationKind.CaseII => Leak.CaseII,
        ViolationKind.CaseIII => Leak.CaseIII,
        ViolationKind.CaseIV => Leak.CaseIV,
        _ => Leak.None,
    };

    public override string ToString()
    {
        var what = Kind switch
        {
            ViolationKind.CaseI => "Case I: test items used in fine-tuning",
            ViolationKind.CaseII => "Case II: frames of one video on both sides",
            ViolationKind.CaseIII => "Case III: test items whose group was seen in fine-tuning (tainted test)",
            ViolationKind.CaseIV => "Case IV: one reference image on both sides",
            ViolationKind.Overlap => "overlap: the same item in two disjoint stages",
            _ => "duplicate: the same item twice in one stage",
        };
        var stages = StageA == StageB ? StageA : $"{StageA} / {StageB}";
        return $"{what} [{stages}]: {ItemCount} item(s) in {GroupCount} group(s); first items: {string.Join(", ", FirstItems)}; first groups: {string.Join(", ", FirstGroups)}";
    }
}
