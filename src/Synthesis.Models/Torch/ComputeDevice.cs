using TorchSharp;
using static TorchSharp.torch;

namespace Synthesis.Models.Torch;

/// <summary>Chooses where tensors live: `--device cpu|cuda`, falling back to the CPU with a warning.</summary>
public static class ComputeDevice
{
    public static Device Select(string name, Action<string> warn, int? threads = null)
    {
        if (threads is > 0) torch.set_num_threads(threads.Value);
        switch (name.Trim().ToLowerInvariant())
        {
            case "cpu":
                return CPU;
            case "cuda" or "gpu":
                if (cuda.is_available()) return CUDA;
                warn("CUDA was asked for but is not available (this build uses the CPU libtorch unless built with -p:TorchBackend=cuda); using the CPU.");
                return CPU;
            default:
                throw new ArgumentException($"unknown device '{name}': use cpu or cuda");
        }
    }
}
