using LeakSpec.Experiments.Claims;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// How a claim test reports its verdict: every condition with its numbers, in the output and as an attachment, and
/// with `LEAKSPEC_VERDICTS=FILE` appended to FILE (how the margins on seeds the tests do not use are reported).
/// </summary>
public static class ClaimAssert
{
    private static readonly Lock Gate = new();

    /// <param name="verdict">The claim's verdict.</param>
    /// <param name="runs">What it was evaluated on, for the verdicts file; default: the Fast seeds.</param>
    public static void Holds(Verdict verdict, string? runs = null)
    {
        Report(verdict, string.Empty, runs);
        Assert.True(verdict.Holds, verdict.ToString());
    }

    /// <summary>A sabotaged harness must fail the claim: at least one of its conditions does not hold.</summary>
    public static void Fails(Verdict verdict, string fault)
    {
        Report(verdict, fault, null);
        Assert.False(verdict.Holds, $"{verdict.ClaimId} still holds with the harness fault {fault}; its check cannot tell a broken harness:\n{verdict}");
    }

    private static void Report(Verdict verdict, string fault, string? runs)
    {
        var text = (fault.Length == 0 ? string.Empty : $"under {fault}: ") + verdict;
        TestContext.Current.SendDiagnosticMessage(text);
        TestContext.Current.AddAttachment("verdict.txt", text, replaceExistingValue: true);
        if (Environment.GetEnvironmentVariable("LEAKSPEC_VERDICTS") is { Length: > 0 } path)
        {
            runs ??= "seeds " + string.Join(",", FastTier.Seeds);
            lock (Gate)
            {
                File.AppendAllText(path, $"## {runs} {fault}\n{text}\n");
            }
        }
    }
}
