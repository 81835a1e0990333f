using TorchSharp;
using static TorchSharp.torch;

namespace Synthesis.Models.Torch;

/// <summary>
/// One batch of tensor work: a dispose scope for its tensors and a <see cref="GarbageCollectionPause"/> around them,
/// so every batch loop gets both together and none can forget the pause.
/// </summary>
public sealed class BatchScope : IDisposable
{
    private readonly GarbageCollectionPause _pause;
    private readonly DisposeScope _tensors;

    private BatchScope(long budget)
    {
        _pause = GarbageCollectionPause.Begin(budget);
        _tensors = NewDisposeScope();
    }

    /// <summary>A training or evaluation batch: the pause's full budget.</summary>
    public static BatchScope Begin() => new(GarbageCollectionPause.TrainingBudget);

    /// <summary>Inference over <paramref name="reactions"/> reactions: a pause sized to what that needs.</summary>
    public static BatchScope ForInference(int reactions) => new(GarbageCollectionPause.ForInference(reactions));

    public void Dispose()
    {
        _tensors.Dispose();
        _pause.Dispose();
    }
}
