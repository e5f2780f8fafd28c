using LeakSpec.Experiments.Claims;

namespace LeakSpec.Spec.Shared;

/// <summary>How a claim test reports its verdict: every condition with its numbers, in the output and as an attachment.</summary>
public static class ClaimAssert
{
    public static void Holds(Verdict verdict)
    {
        TestContext.Current.SendDiagnosticMessage(verdict.ToString());
        TestContext.Current.AddAttachment("verdict.txt", verdict.ToString(), replaceExistingValue: true);
        Assert.True(verdict.Holds, verdict.ToString());
    }

    /// <summary>A sabotaged harness must fail the claim: at least one of its conditions does not hold.</summary>
    public static void Fails(Verdict verdict, string fault)
    {
        TestContext.Current.SendDiagnosticMessage($"under {fault}: {verdict}");
        Assert.False(verdict.Holds, $"{verdict.ClaimId} still holds with the harness fault {fault}; its check cannot tell a broken harness:\n{verdict}");
    }
}
