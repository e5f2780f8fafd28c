using Onnx;

namespace LeakSpec.Models.Onnx;

/// <summary>
/// A read-only view of an ONNX graph for structural import: nodes in file order, float initializers, which node
/// produces and which nodes consume each tensor, and a ledger of the initializers an importer has taken, so an
/// import can prove it used every weight exactly once.
/// </summary>
internal sealed class OnnxGraph
{
    private const int FloatDataType = 1;
    private readonly Dictionary<string, OnnxInitializer> initializers;
    private readonly Dictionary<string, List<OnnxNode>> consumers = new(StringComparer.Ordinal);
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    private OnnxGraph(string path, long opset, string producer, IReadOnlyList<OnnxNode> nodes, Dictionary<string, OnnxInitializer> initializers, string input, long[] inputDims, string output)
    {
        InputDims = inputDims;
        Path = path;
        Opset = opset;
        Producer = producer;
        Nodes = nodes;
        this.initializers = initializers;
        Input = input;
        Output = output;
        foreach (var node in nodes)
        {
            foreach (var name in node.Inputs)
            {
                if (!consumers.TryGetValue(name, out var list))
                {
                    consumers[name] = list = [];
                }

                list.Add(node);
            }
        }
    }

    public string Path { get; }

    public long Opset { get; }

    public string Producer { get; }

    public IReadOnlyList<OnnxNode> Nodes { get; }

    public int InitializerCount => initializers.Count;

    /// <summary>The single graph input that is not an initializer (the image).</summary>
    public string Input { get; }

    /// <summary>The declared shape of <see cref="Input"/> (0 where symbolic).</summary>
    public long[] InputDims { get; }

    public string Output { get; }

    /// <summary>
    /// Parses <paramref name="path"/>, or reuses this process's earlier parse of the same unchanged file (each split
    /// of an experiment re-imports the backbone; parsing 64 MB of protobuf dominates an import). Each call returns a
    /// fresh initializer ledger.
    /// </summary>
    public static OnnxGraph Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var info = new FileInfo(full);
        var stamp = info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1L, 0L);
        OnnxGraph parsed;
        lock (Cache)
        {
            if (!Cache.TryGetValue(full, out var entry) || entry.Stamp != stamp)
            {
                entry = (stamp, Parse(path));
                Cache[full] = entry;
            }

            parsed = entry.Graph;
        }

        return new OnnxGraph(parsed.Path, parsed.Opset, parsed.Producer, parsed.Nodes, parsed.initializers, parsed.Input, parsed.InputDims, parsed.Output);
    }

    private static readonly Dictionary<string, ((long, long) Stamp, OnnxGraph Graph)> Cache = new(StringComparer.Ordinal);

    private static OnnxGraph Parse(string path)
    {
        ModelProto model;
        try
        {
            using var stream = File.OpenRead(path);
            model = ModelProto.Parser.ParseFrom(stream);
        }
        catch (Exception e) when (e is Google.Protobuf.InvalidProtocolBufferException or IOException)
        {
            throw new ModelImportException($"{path}: not a readable ONNX model ({e.Message}). Expected a ModelProto protobuf; re-restore the NuGet package.", e);
        }

        var graph = model.Graph ?? throw new ModelImportException($"{path}: the ONNX model has no graph.");
        var inits = new Dictionary<string, OnnxInitializer>(StringComparer.Ordinal);
        foreach (var t in graph.Initializer)
        {
            inits[t.Name] = ReadTensor(path, t);
        }

        var nodes = graph.Node.Select((n, i) => new OnnxNode(
            i,
            n.OpType,
            n.Name,
            n.Input.ToArray(),
            n.Output.ToArray(),
            n.Attribute.ToDictionary(a => a.Name, a => DecodeAttribute(path, n, a), StringComparer.Ordinal))).ToArray();
        var inputs = graph.Input.Select(i => i.Name).Where(n => !inits.ContainsKey(n)).ToArray();
        if (inputs.Length != 1 || graph.Output.Count != 1)
        {
            throw new ModelImportException($"{path}: expected one image input and one output, found inputs [{string.Join(", ", inputs)}] and {graph.Output.Count} outputs.");
        }

        var inputDims = graph.Input.First(i => i.Name == inputs[0]).Type?.TensorType?.Shape?.Dim.Select(d => d.DimValue).ToArray() ?? [];
        var opset = model.OpsetImport.Where(o => string.IsNullOrEmpty(o.Domain)).Select(o => o.Version).DefaultIfEmpty(0).Max();
        return new OnnxGraph(path, opset, $"{model.ProducerName} {model.ProducerVersion}".Trim(), nodes, inits, inputs[0], inputDims, graph.Output[0].Name);
    }

    public IReadOnlyList<OnnxNode> ConsumersOf(string tensor) =>
        consumers.TryGetValue(tensor, out var list) ? list : [];

    /// <summary>The one node reading <paramref name="tensor"/>, which must be of type <paramref name="opType"/>.</summary>
    public OnnxNode SoleConsumer(string tensor, string opType)
    {
        var list = ConsumersOf(tensor);
        if (list.Count != 1 || list[0].OpType != opType)
        {
            throw new ModelImportException($"{Path}: expected tensor '{tensor}' to feed exactly one {opType} node, found [{string.Join("; ", list.Select(n => n.Describe()))}].");
        }

        return list[0];
    }

    public bool IsInitializer(string name) => initializers.ContainsKey(name);

    /// <summary>Takes an initializer for a parameter or buffer; taking one twice is an import error.</summary>
    public OnnxInitializer Take(string name, OnnxNode node, params long[] expectedDims)
    {
        if (!initializers.TryGetValue(name, out var init))
        {
            throw new ModelImportException($"{Path}: {node.Describe()} expects initializer '{name}', which the graph does not contain.");
        }

        if (expectedDims.Length > 0 && !init.Dims.SequenceEqual(expectedDims))
        {
            throw new ModelImportException($"{Path}: initializer '{name}' of {node.Describe()} has shape {init.Shape}, expected [{string.Join(", ", expectedDims)}].");
        }

        if (!taken.Add(name))
        {
            throw new ModelImportException($"{Path}: initializer '{name}' is used by more than one imported layer ({node.Describe()}); shared weights are not supported.");
        }

        return init;
    }

    public IReadOnlyCollection<string> Untaken() => initializers.Keys.Where(k => !taken.Contains(k)).OrderBy(k => k, StringComparer.Ordinal).ToArray();

    public int TakenCount => taken.Count;

    private static OnnxInitializer ReadTensor(string path, TensorProto t)
    {
        if (t.DataType != FloatDataType)
        {
            throw new ModelImportException($"{path}: initializer '{t.Name}' has ONNX data type {t.DataType}; only float32 (1) is supported.");
        }

        var dims = t.Dims.ToArray();
        var count = dims.Aggregate(1L, (a, b) => a * b);
        float[] data;
        if (t.FloatData.Count > 0)
        {
            data = t.FloatData.ToArray();
        }
        else
        {
            // raw_data is little-endian float32 by the ONNX spec, the same layout as this process on x64.
            data = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(t.RawData.Span).ToArray();
        }

        if (data.LongLength != count)
        {
            throw new ModelImportException($"{path}: initializer '{t.Name}' declares shape [{string.Join(", ", dims)}] ({count} values) but holds {data.LongLength}.");
        }

        return new OnnxInitializer(t.Name, dims, data);
    }

    private static object DecodeAttribute(string path, NodeProto node, AttributeProto a) => a.Type switch
    {
        AttributeProto.Types.AttributeType.Int => a.I,
        AttributeProto.Types.AttributeType.Ints => a.Ints.ToArray(),
        AttributeProto.Types.AttributeType.Float => a.F,
        AttributeProto.Types.AttributeType.Floats => a.Floats.ToArray(),
        AttributeProto.Types.AttributeType.String => a.S.ToStringUtf8(),
        _ => throw new ModelImportException($"{path}: node '{node.Name}' ({node.OpType}) has attribute '{a.Name}' of type {a.Type}, which the importer does not read."),
    };
}
