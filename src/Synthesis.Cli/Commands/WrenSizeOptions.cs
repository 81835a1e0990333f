using System.CommandLine;
using Synthesis.Models.Properties.Wren;

namespace Synthesis.Cli.Commands;

/// <summary>The options that size a Wren run (members, epochs, patience, labellings per step), shared by train and evaluate.</summary>
public sealed class WrenSizeOptions
{
    private readonly Option<int> _members = new("--members") { Description = "Ensemble size.", DefaultValueFactory = _ => new WrenOptions().Members };
    private readonly Option<int> _epochs = new("--epochs") { Description = "Most epochs per member.", DefaultValueFactory = _ => new WrenOptions().MaxEpochs };
    private readonly Option<int> _patience = new("--patience") { Description = "Epochs without validation improvement before a member stops.", DefaultValueFactory = _ => new WrenOptions().Patience };
    private readonly Option<int> _labellings = new("--labellings") { Description = "Equivalent labellings of each structure per training step, drawn afresh (0: all; inference always uses all).", DefaultValueFactory = _ => 0 };

    public static WrenSizeOptions Create() => new();

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _members, _epochs, _patience, _labellings }) command.Options.Add(option);
    }

    /// <returns>null, or the one-line reason the values are not usable</returns>
    public string? Read(ParseResult result, out WrenOptions options, out int? labellings)
    {
        options = new WrenOptions { Members = result.GetValue(_members), MaxEpochs = result.GetValue(_epochs), Patience = result.GetValue(_patience) };
        labellings = result.GetValue(_labellings) is > 0 and var n ? n : null;
        return options.Members < 1 || options.MaxEpochs < 1 || options.Patience < 1 || result.GetValue(_labellings) < 0
            ? "--members, --epochs and --patience must be at least 1, --labellings at least 0"
            : null;
    }
}
