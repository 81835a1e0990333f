using OpenQA.Selenium;
using Synthesis.Web.Tests.Fixtures;

namespace Synthesis.Web.Tests;

/// <summary>The Look up page in a real browser: search with an element filter, page through, open a reaction.</summary>
[Collection(WebSiteCollection.Name)]
public sealed class LookupPageTests(WebSite site)
{
    private Browser Browser => site.Browser;

    [BrowserFact]
    public void Searching_with_an_element_filter_pages_and_opens_a_reaction()
    {
        site.Open("lookup");
        Browser.WaitFor(d => d.FindElement(By.Id("page-lookup")).Displayed, "the Look up page");
        Browser.Type("lookup-text", "");
        Browser.Type("lookup-include", "Ti");
        Browser.Type("lookup-exclude", "");
        Browser.Type("lookup-page-size", "2");
        Browser.Driver.FindElement(By.CssSelector("#lookup-form button[type=submit]")).Click();

        Assert.Matches(@"^Reactions 1–2 of \d+$", Browser.Text("lookup-summary").Text);
        var firstPage = Targets();
        Assert.All(firstPage, target => Assert.Contains("Ti", target));

        Browser.Driver.FindElement(By.Id("lookup-next")).Click();
        Browser.WaitFor(d => d.FindElement(By.Id("lookup-summary")).Text.StartsWith("Reactions 3–"), "the second page");
        var secondPage = Targets();
        Assert.All(secondPage, target => Assert.Contains("Ti", target));
        Assert.True(Browser.Driver.FindElement(By.Id("lookup-previous")).Enabled);

        var link = Browser.Driver.FindElement(By.CssSelector("#lookup-table tbody tr a[href^='#reaction/']"));
        var equation = link.Text;
        link.Click();

        Assert.Equal(equation, Browser.Text("reaction-equation").Text);
        var doi = Browser.Driver.FindElement(By.CssSelector("#reaction-result a.doi"));
        Assert.StartsWith("https://doi.org/10.", doi.GetAttribute("href"));
        Assert.True(Browser.Driver.FindElements(By.CssSelector("#reaction-result table")).First().FindElements(By.CssSelector("tbody tr")).Count >= 2,
            "the reaction's precursors are listed");
        Assert.Empty(Browser.ScriptErrors());
    }

    private List<string> Targets() =>
        Browser.Driver.FindElements(By.CssSelector("#lookup-table tbody tr")).Select(row => row.FindElements(By.TagName("td"))[2].Text).ToList();
}
