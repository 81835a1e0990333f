extern alias server;

using Synthesis.Models.Reactions.Candidates;
using server::Synthesis.Server.Mapping;

namespace Synthesis.Server.Tests;

/// <summary>A candidate's analogues (field 6) and doped host (field 7) reach the wire; a candidate without them sends none, as older servers did.</summary>
public sealed class CandidateMappingTests
{
    [Fact]
    public void An_analogue_names_the_known_products_it_comes_from()
    {
        var analogue = new ProductCandidate("Sr2TiRuO6", [new("Sr", 0.2), new("Ti", 0.1), new("Ru", 0.1), new("O", 0.6)], 0.3,
            [CandidateSources.Analogue], LiteratureSupport.None) { Analogues = ["Sr2TiIrO6"] };
        var proto = ProtoMapper.ToProto(analogue);
        Assert.Equal(["analogue"], proto.Sources);
        Assert.Equal(["Sr2TiIrO6"], proto.Analogues);

        var plain = ProtoMapper.ToProto(analogue with { Sources = [CandidateSources.Literature], Analogues = [] });
        Assert.Empty(plain.Analogues);
        Assert.Equal("", plain.DopedHost);
    }

    [Fact]
    public void A_doped_host_names_the_known_product_it_dopes()
    {
        var doped = new ProductCandidate("BaTi0.95Zr0.05O3", [new("Ba", 0.2), new("Ti", 0.19), new("Zr", 0.01), new("O", 0.6)], 0.2,
            [CandidateSources.Doped], LiteratureSupport.None) { DopedHost = "BaTiO3" };
        var proto = ProtoMapper.ToProto(doped);
        Assert.Equal(["doped"], proto.Sources);
        Assert.Equal("BaTiO3", proto.DopedHost);
    }
}
