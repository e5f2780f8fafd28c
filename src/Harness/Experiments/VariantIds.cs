namespace LeakSpec.Experiments;

/// <summary>
/// Variant ids of the form "method.setup" (Case III: "cnn-lstm.clean+tainted"; an id without a method is its own
/// setup). results.json keeps only the id, so the report reads a variant's setup from it, here and nowhere else.
/// </summary>
public static class VariantIds
{
    public static string Setup(string id) => id[(id.IndexOf('.') + 1)..];
}
