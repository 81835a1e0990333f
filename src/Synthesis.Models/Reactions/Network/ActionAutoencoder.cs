using TorchSharp;
using TorchSharp.Modules;
using Synthesis.Data.Reactions;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// Embeds an action sequence into a fixed-length vector u: one-hot actions → linear embedding (8) →
/// single-layer LSTM (32); u is the hidden state after the last step, and the empty sequence has a learnt
/// vector of its own. A decoder LSTM, fed u and the previous action, reconstructs the sequence and its end.
/// </summary>
public sealed class ActionAutoencoder : nn.Module<Tensor, Tensor, Tensor>
{
    public static readonly int Actions = Enum.GetValues<ActionClass>().Length;
    /// <summary>Decoder classes: the seven actions and "end of sequence".</summary>
    public static readonly int EndToken = Actions;
    public const int EmbeddingSize = 8;
    public const int HiddenSize = 32;

    private readonly Linear embedding;
    private readonly LSTM encoder;
    private readonly Parameter empty;
    private readonly LSTM decoder;
    private readonly Linear readout;

    public ActionAutoencoder() : base(nameof(ActionAutoencoder))
    {
        embedding = nn.Linear(Actions, EmbeddingSize, hasBias: false);
        encoder = nn.LSTM(EmbeddingSize, HiddenSize, batchFirst: true);
        empty = nn.Parameter(randn(HiddenSize) * 0.1);
        decoder = nn.LSTM(HiddenSize + Actions + 1, HiddenSize, batchFirst: true);
        readout = nn.Linear(HiddenSize, Actions + 1);
        RegisterComponents();
    }

    /// <summary>The action embedding u [batch, 32] of padded sequences [batch, steps] with their lengths.</summary>
    public override Tensor forward(Tensor actions, Tensor lengths)
    {
        var oneHot = nn.functional.one_hot(actions, Actions).to(float32);
        var (outputs, _, _) = encoder.forward(embedding.forward(oneHot));
        var last = (lengths - 1).clamp_min(0);
        var final = outputs[arange(actions.shape[0], device: actions.device), last];
        var isEmpty = (lengths == 0).unsqueeze(1);
        return where(isEmpty, empty.unsqueeze(0).expand_as(final), final);
    }

    /// <summary>Decoder logits [batch, steps + 1, 8] with teacher forcing: step t sees u and action t − 1.</summary>
    public Tensor Reconstruct(Tensor u, Tensor actions)
    {
        var steps = actions.shape[1] + 1;
        var previous = cat([full(actions.shape[0], 1, EndToken, dtype: int64, device: actions.device), actions], 1);
        var inputs = cat([u.unsqueeze(1).expand(-1, steps, -1), nn.functional.one_hot(previous, Actions + 1).to(float32)], 2);
        var (outputs, _, _) = decoder.forward(inputs);
        return readout.forward(outputs);
    }

    /// <summary>Targets for <see cref="Reconstruct"/>: the actions then the end token; padding marked −100 (ignored).</summary>
    public static Tensor ReconstructionTargets(Tensor actions, Tensor lengths)
    {
        var steps = actions.shape[1] + 1;
        var position = arange(steps, device: actions.device).unsqueeze(0);
        var padded = cat([actions, zeros(actions.shape[0], 1, dtype: int64, device: actions.device)], 1);
        var length = lengths.unsqueeze(1);
        return where(position < length, padded, where(position == length, full_like(padded, EndToken), full_like(padded, -100)));
    }

    /// <summary>Greedy reconstruction from u alone (no teacher forcing): each step feeds back its own choice, until "end".</summary>
    public long[][] Decode(Tensor u, int maxSteps)
    {
        using var scope = NewDisposeScope();
        var batch = u.shape[0];
        var previous = full(batch, EndToken, dtype: int64, device: u.device);
        (Tensor, Tensor)? state = null;
        var steps = new List<long[]>();
        for (var t = 0; t <= maxSteps; t++)
        {
            var input = cat([u, nn.functional.one_hot(previous, Actions + 1).to(float32)], 1).unsqueeze(1);
            var (output, h, c) = decoder.forward(input, state);
            state = (h, c);
            previous = readout.forward(output.squeeze(1)).argmax(1);
            steps.Add(previous.cpu().data<long>().ToArray());
        }
        return Enumerable.Range(0, (int)batch)
            .Select(b => steps.Select(s => s[b]).TakeWhile(token => token != EndToken).ToArray())
            .ToArray();
    }
}
