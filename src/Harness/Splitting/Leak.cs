namespace LeakSpec.Splitting;

/// <summary>
/// The four leakage cases of the paper. Flags, because the paper combines them (Table 2 row 12 is leaky fine-tuning,
/// Case II, together with a tainted test set, Case III).
/// </summary>
[Flags]
public enum Leak
{
    /// <summary>Clean: every stage sees only what it may.</summary>
    None = 0,

    /// <summary>Fine-tuning on every item, the regressor's test items included (DeepBIQ, DeepRN).</summary>
    CaseI = 1,

    /// <summary>Frames of one video on both sides of the fine-tuning train/validation split (CNN-SVR, CNN-LSTM).</summary>
    CaseII = 2,

    /// <summary>The regressor's test set drawn at random without regard to what fine-tuning saw ("tainted").</summary>
    CaseIII = 4,

    /// <summary>Degraded versions of one reference image on both sides of a split (MultiGAP-NRIQA).</summary>
    CaseIV = 8,
}
