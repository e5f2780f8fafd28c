using System.Security.Cryptography;
using System.Text;
using TorchSharp;

namespace LeakSpec.Runtime;

/// <summary>
/// The seeding entry point: every random choice in LeakSpec flows from an explicit seed through here
/// (an unseeded <see cref="Random"/> is a build error, see BannedSymbols.txt).
/// </summary>
public static class Seeding
{
    /// <summary>Seeds libtorch's generators (CPU and, where present, CUDA), logs the seed and returns it.</summary>
    public static int Seed(int seed, Action<string>? log = null)
    {
        TorchRuntime.EnsureLoaded();
        torch.manual_seed(seed);
        if (torch.cuda.is_available())
        {
            torch.cuda.manual_seed_all(seed);
        }

        log?.Invoke($"seed {seed}");
        return seed;
    }

    /// <summary>A .NET generator for <paramref name="seed"/>; use one per purpose so adding a draw elsewhere changes nothing here.</summary>
    public static Random CreateRandom(int seed) => new(seed);

    /// <summary>A stable sub-seed for one purpose (e.g. split 3 of case 1), independent of .NET's string hashing.</summary>
    public static int Derive(int seed, params object[] purpose)
    {
        var text = seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" +
                   string.Join("|", purpose.Select(p => Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture)));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return BitConverter.ToInt32(hash, 0) & int.MaxValue;
    }
}
