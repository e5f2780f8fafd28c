namespace LeakSpec.Experiments;

/// <summary>
/// A comparison the paper makes between a leaky and a clean configuration: the leaky one is expected to score higher.
/// The report shows the paper's difference (when it gives both numbers) beside this run's.
/// </summary>
/// <param name="CaseId">The case it belongs to.</param>
/// <param name="Description">What differs, e.g. "TID2013: fine-tuned on all images − split by reference".</param>
/// <param name="LeakyClaim">Claim id of the leaky configuration.</param>
/// <param name="CleanClaim">Claim id of the clean configuration.</param>
/// <param name="Metrics">The metrics compared ("PLCC", "SROCC" or scalar names).</param>
public sealed record DirectionCheck(
    string CaseId,
    string Description,
    string LeakyClaim,
    string CleanClaim,
    IReadOnlyList<string> Metrics);
