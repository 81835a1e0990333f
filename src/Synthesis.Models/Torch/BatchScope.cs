using TorchSharp;
using static TorchSharp.torch;

namespace Synthesis.Models.Torch;

/// <summary>
/// One batch of tensor work: a dispose scope for its tensors and a <see cref="GarbageCollectionPause"/> around them,
/// so every batch loop gets both together and none can forget the pause.
/// </summary>
public sealed class BatchScope : IDisposable
{
    private readonly GarbageCollectionPause _pause = GarbageCollectionPause.Begin();
    private readonly DisposeScope _tensors = NewDisposeScope();

    public static BatchScope Begin() => new();

    public void Dispose()
    {
        _tensors.Dispose();
        _pause.Dispose();
    }
}
