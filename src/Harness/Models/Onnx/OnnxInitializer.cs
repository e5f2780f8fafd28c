namespace LeakSpec.Models.Onnx;

/// <summary>A float initializer (weights, BN statistics, the mean image) copied out of the protobuf.</summary>
internal sealed record OnnxInitializer(string Name, long[] Dims, float[] Data)
{
    public string Shape => "[" + string.Join(", ", Dims) + "]";
}
