using System.Security.Cryptography;
using System.Text;
using TorchSharp;

namespace LeakSpec.Features;

/// <summary>SHA-256 of a module's state dict (names, dtypes, shapes and bytes, in name order): the weights' identity in cache keys.</summary>
public static class WeightsHash
{
    public static string Of(torch.nn.Module module)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var scope = torch.NewDisposeScope();
        foreach (var (name, tensor) in module.state_dict().OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{name}|{tensor.dtype}|{string.Join("x", tensor.shape)}\n"));
            var cpu = tensor.detach().cpu().contiguous();
            sha.AppendData(cpu.bytes);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
