extern alias server;

using Microsoft.Extensions.Configuration;
using Synthesis.Models.Reactions.Neighbours;
using server::Synthesis.Server.Options;

namespace Synthesis.Server.Tests;

/// <summary>The neighbour index's size switch is configured in one place, Synthesis:NeighbourSearch, like any other option.</summary>
public sealed class NeighbourSearchOptionsTests
{
    private static SynthesisOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(SynthesisOptions.Section).Get<SynthesisOptions>() ?? new SynthesisOptions();

    [Fact]
    public void The_threshold_and_graph_sizes_bind_from_configuration_and_default_otherwise()
    {
        var configured = Bind(new() { ["Synthesis:NeighbourSearch:ApproximateFrom"] = "1000", ["Synthesis:NeighbourSearch:ExpansionSearch"] = "200" });
        Assert.Equal(1000, configured.NeighbourSearch.ApproximateFrom);
        Assert.Equal(200, configured.NeighbourSearch.ExpansionSearch);
        Assert.Equal(new NeighbourSearchOptions().Connectivity, configured.NeighbourSearch.Connectivity);

        Assert.Equal(new NeighbourSearchOptions(), Bind(new() { ["Synthesis:Device"] = "cpu" }).NeighbourSearch);
    }

    [Fact]
    public void A_configured_size_out_of_range_is_refused_naming_it()
    {
        var options = Bind(new() { ["Synthesis:NeighbourSearch:ApproximateFrom"] = "0" });
        Assert.Equal("ApproximateFrom", Assert.Throws<ArgumentOutOfRangeException>(() => options.NeighbourSearch.Validated()).ParamName);
    }
}
