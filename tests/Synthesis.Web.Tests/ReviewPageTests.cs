using OpenQA.Selenium;
using Synthesis.Web.Tests.Fixtures;

namespace Synthesis.Web.Tests;

/// <summary>
/// The Review page against the real server process and a real in-sample flagging run (<see cref="CuratedSite"/>): the
/// queue, a flag with its evidence, a refused key, and a correction that is still there after the server restarts.
/// </summary>
[Collection(CuratedSiteCollection.Name)]
public sealed class ReviewPageTests(CuratedSite site)
{
    private const string Correction = "La0.7Ca0.3MnO3";
    private const string Note = "the paper reports the oxygen content as 3";
    private const string Curator = "A. Curator";

    private Browser Browser => site.Browser;

    [BrowserFact]
    public async Task A_correction_recorded_on_the_page_survives_a_restart_of_the_server()
    {
        site.Open("review");
        var summary = Browser.Text("review-summary").Text;
        var queue = Rows();
        Assert.All(queue, row => Assert.EndsWith("unreviewed", row.Text)); // the queue opens on the unreviewed flags
        var link = queue[0].FindElement(By.TagName("a"));
        var flagHash = new Uri(link.GetAttribute("href")!).Fragment.TrimStart('#');
        link.Click();
        Assert.Equal("unreviewed (revision 0)", Browser.Text("flag-status").Text);
        Assert.Contains("From the paper", Browser.Driver.FindElement(By.Id("flag-result")).Text); // the import kept the paragraph

        Browser.Driver.FindElement(By.CssSelector("input[name=decision][value=REVIEW_STATUS_CORRECTED]")).Click();
        Browser.Type("flag-corrected", Correction);
        Browser.Type("flag-note", Note);
        Browser.Type("flag-reviewer", Curator);
        Browser.Type("flag-key", "not-the-key");
        Save();
        Assert.StartsWith("The curator API key was not accepted", Browser.Text("flag-review-error").Text);
        Browser.Type("flag-key", CuratedSite.ApiKey);
        Save();
        Browser.WaitFor(d => d.FindElement(By.Id("flag-status")).Text == "corrected (revision 1)", "the saved decision");

        await site.Restart();
        Browser.Driver.Navigate().Refresh();

        Assert.Equal(flagHash, new Uri(Browser.Driver.Url).Fragment.TrimStart('#'));
        Assert.Equal("corrected (revision 1)", Browser.Text("flag-status").Text);
        var audit = Browser.Driver.FindElements(By.CssSelector("#flag-result table")).Last().FindElements(By.CssSelector("tbody tr"));
        var cells = Assert.Single(audit).FindElements(By.TagName("td")).Select(c => c.Text).ToList();
        Assert.Equal(["1", "corrected", Correction, Curator], cells.Take(4));
        Assert.Equal(Note, cells[^1]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT", cells[4]); // when, as the server recorded it

        site.Open("review");
        Assert.NotEqual(summary, Browser.Text("review-summary").Text); // one flag fewer waits for review
        Browser.Driver.FindElement(By.Id("review-status")).SendKeys("corrected"); // typing picks the option, as on a keyboard
        Assert.Equal("REVIEW_STATUS_CORRECTED", Browser.Driver.FindElement(By.Id("review-status")).GetAttribute("value"));
        Browser.Driver.FindElement(By.CssSelector("#review-form button[type=submit]")).Click();
        // The unreviewed queue stays on screen until the corrected one replaces it.
        Browser.WaitFor(d => Rows().All(row => row.Text.EndsWith(" corrected")), "the queue of corrected flags");
        Assert.Equal("1 flag matches", Browser.Text("review-summary").Text.Split(" (")[0]);
        Assert.Single(Rows());
        Assert.Empty(Browser.ScriptErrors());
    }

    private IReadOnlyList<IWebElement> Rows() =>
        Browser.WaitFor(d => d.FindElements(By.CssSelector("#review-table tbody tr")) is { Count: > 0 } rows ? rows : null, "the queue");

    private void Save() => Browser.Driver.FindElement(By.CssSelector("#flag-form button[type=submit]")).Click();
}
