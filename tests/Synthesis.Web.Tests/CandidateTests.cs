using OpenQA.Selenium;
using Synthesis.Web.Tests.Fixtures;

namespace Synthesis.Web.Tests;

/// <summary>The Plan page on a server whose model ranks candidate products: the ranking, its literature and heating, the warning.</summary>
[Collection(StandInSiteCollection.Name)]
public sealed class CandidateTests(StandInSite site)
{
    [BrowserFact]
    public void Ranked_candidates_show_with_their_probabilities_literature_heating_and_the_warning()
    {
        var browser = site.Browser;
        site.Open("plan");
        browser.Type("plan-precursor-1", "BaCO3");
        browser.Type("plan-precursor-2", "TiO2");
        browser.Driver.FindElement(By.CssSelector("#plan-form button[type=submit]")).Click();

        Assert.Equal("BaTiO3", browser.Text("plan-top-formula").Text);
        var rows = browser.Driver.FindElements(By.CssSelector("#plan-candidates-table tbody tr"));
        Assert.Equal(["BaTiO3", "Ba2TiO4", "Ba2TiO4", "BaTi0.95Zr0.05O3"], rows.Select(r => r.FindElement(By.CssSelector(".formula-cell")).Text));
        Assert.Contains("72.0 %", rows[0].Text);
        Assert.Contains("57 stored reactions in all; 8 among the most similar", rows[0].Text);
        Assert.Contains("1100–1250 °C, 4–12 h", rows[0].Text);
        Assert.StartsWith("https://doi.org/10.", rows[0].FindElement(By.CssSelector("a.doi")).GetAttribute("href"));
        Assert.Contains("charge-balanced", rows[1].Text);
        Assert.Contains("by analogy with Sr2TiO4, Ca2TiO4", rows[2].Text);
        Assert.Contains("BaTiO3 doped", rows[3].Text);
        Assert.DoesNotContain("doped", rows[0].Text);
        Assert.Contains(CandidatePredictor.Warning, browser.Driver.FindElement(By.CssSelector("#plan-result .warning")).Text);
        var heating = browser.WaitFor(d => d.FindElements(By.CssSelector("#plan-heating dl.facts")).FirstOrDefault(), "the heating summary");
        Assert.Contains("1100–1250 °C", heating.Text);
        Assert.Contains("Ba3Ti4O11", browser.Driver.FindElement(By.Id("plan-result")).Text);
        Assert.Empty(browser.ScriptErrors());
    }
}
