namespace LeakSpec.Models.Onnx;

/// <summary>One ONNX graph node with its attributes decoded into plain values (ints, floats, strings).</summary>
internal sealed record OnnxNode(
    int Index,
    string OpType,
    string Name,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> Outputs,
    IReadOnlyDictionary<string, object> Attributes)
{
    public string Describe() => $"node #{Index} {OpType} '{Name}' ({string.Join(", ", Inputs)} -> {string.Join(", ", Outputs)})";

    public long[] Ints(string name, long[] fallback) =>
        Attributes.TryGetValue(name, out var value) ? (long[])value : fallback;

    public long Int(string name, long fallback) =>
        Attributes.TryGetValue(name, out var value) ? (long)value : fallback;

    public float Float(string name, float fallback) =>
        Attributes.TryGetValue(name, out var value) ? (float)value : fallback;

    public string String(string name, string fallback) =>
        Attributes.TryGetValue(name, out var value) ? (string)value : fallback;
}
