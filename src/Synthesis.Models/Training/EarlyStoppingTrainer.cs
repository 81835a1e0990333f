using System.Diagnostics;
using TorchSharp;
using Synthesis.Models.Torch;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Synthesis.Models.Training;

/// <summary>
/// Trains one module with Adam (or AdamW, <see cref="EpochSettings.DecoupledWeightDecay"/>) until the validation loss stops improving, keeping the best weights.
/// After every epoch it writes a checkpoint (current and best weights, optimizer state, counters) by
/// write-then-rename, so `--resume` after a kill continues from the last finished epoch.
/// </summary>
public sealed class EarlyStoppingTrainer(EpochSettings settings, string checkpointPath, IProgress<TrainingProgress>? progress)
{
    private const string Magic = "SYNTHESIS-CHECKPOINT-1";

    /// <param name="module">the module to train (its parameters are optimised)</param>
    /// <param name="trainCount">number of training examples; batches are index arrays into them</param>
    /// <param name="batchLoss">mean loss of a batch of training examples, with gradients</param>
    /// <param name="validationLoss">loss on the whole validation set, without gradients</param>
    public void Train(string stage, nn.Module module, int trainCount, Func<int[], Tensor> batchLoss, Func<double> validationLoss,
        bool resume, CancellationToken cancellation = default)
    {
        OptimizerHelper optimizer = settings.DecoupledWeightDecay
            ? optim.AdamW(module.parameters(), lr: settings.LearningRate, weight_decay: settings.WeightDecay)
            : optim.Adam(module.parameters(), lr: settings.LearningRate, weight_decay: settings.WeightDecay);
        var state = resume && File.Exists(checkpointPath) ? Restore(module, optimizer) : new State();
        var clock = Stopwatch.StartNew();
        while (state.Epoch < settings.MaxEpochs && state.SinceImprovement < settings.Patience)
        {
            cancellation.ThrowIfCancellationRequested();
            clock.Restart();
            module.train();
            var order = Enumerable.Range(0, trainCount).ToArray();
            new Random(settings.Seed * 7919 + state.Epoch).Shuffle(order);
            double total = 0;
            var batches = 0;
            for (var start = 0; start < trainCount; start += settings.BatchSize)
            {
                using var work = BatchScope.Begin();
                optimizer.zero_grad();
                var loss = batchLoss(order[start..Math.Min(trainCount, start + settings.BatchSize)]);
                loss.backward();
                optimizer.step();
                total += loss.item<float>();
                batches++;
            }
            module.eval();
            double validation;
            using (GarbageCollectionPause.Begin())
            using (no_grad())
                validation = validationLoss();
            state.Epoch++;
            var improved = validation < state.Best;
            if (improved)
            {
                state.Best = validation;
                state.SinceImprovement = 0;
                state.BestWeights = Snapshot(module);
            }
            else state.SinceImprovement++;
            Save(module, optimizer, state);
            var remaining = settings.MaxEpochs - state.Epoch;
            progress?.Report(new TrainingProgress(stage, state.Epoch, settings.MaxEpochs, total / Math.Max(1, batches), validation,
                state.Best, improved, clock.Elapsed, clock.Elapsed * remaining));
        }
        if (state.BestWeights is { } best) module.load(new MemoryStream(best));
        module.eval();
    }

    private sealed class State
    {
        public int Epoch;
        public int SinceImprovement;
        public double Best = double.PositiveInfinity;
        public byte[]? BestWeights;
    }

    private static byte[] Snapshot(nn.Module module)
    {
        using var stream = new MemoryStream();
        module.save(stream);
        return stream.ToArray();
    }

    private void Save(nn.Module module, OptimizerHelper optimizer, State state)
    {
        ModelFiles.WriteAtomically(checkpointPath, stream =>
        {
            using var writer = new BinaryWriter(stream);
            writer.Write(Magic);
            writer.Write(state.Epoch);
            writer.Write(state.SinceImprovement);
            writer.Write(state.Best);
            WriteBlock(writer, Snapshot(module));
            WriteBlock(writer, state.BestWeights ?? []);
            using var optimizerState = new MemoryStream();
            using (var optimizerWriter = new BinaryWriter(optimizerState, System.Text.Encoding.UTF8, leaveOpen: true))
                optimizer.save_state_dict(optimizerWriter);
            WriteBlock(writer, optimizerState.ToArray());
        });
    }

    private State Restore(nn.Module module, OptimizerHelper optimizer)
    {
        using var reader = new BinaryReader(File.OpenRead(checkpointPath));
        if (reader.ReadString() != Magic) throw new InvalidDataException($"{checkpointPath} is not a Synthesis training checkpoint");
        var state = new State { Epoch = reader.ReadInt32(), SinceImprovement = reader.ReadInt32(), Best = reader.ReadDouble() };
        module.load(new MemoryStream(ReadBlock(reader)));
        var best = ReadBlock(reader);
        state.BestWeights = best.Length > 0 ? best : null;
        using var optimizerReader = new BinaryReader(new MemoryStream(ReadBlock(reader)));
        optimizer.load_state_dict(optimizerReader);
        return state;
    }

    private static void WriteBlock(BinaryWriter writer, byte[] block)
    {
        writer.Write(block.Length);
        writer.Write(block);
    }

    private static byte[] ReadBlock(BinaryReader reader) => reader.ReadBytes(reader.ReadInt32());
}
