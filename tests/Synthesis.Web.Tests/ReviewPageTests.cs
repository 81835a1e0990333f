using OpenQA.Selenium;
using Synthesis.Web.Tests.Fixtures;

namespace Synthesis.Web.Tests;

/// <summary>
/// The Review page against the Curation routes' contract (<see cref="CurationQueueDouble"/>): the queue, a flag, a
/// refused key, a decision that sticks. Persistence across a server restart belongs to the Curation service's own tests.
/// </summary>
[Collection(StandInSiteCollection.Name)]
public sealed class ReviewPageTests(StandInSite site)
{
    [BrowserFact]
    public void A_curator_opens_the_top_flag_is_refused_a_wrong_key_and_records_a_false_alarm()
    {
        var browser = site.Browser;
        site.Open("review");
        var queue = browser.WaitFor(d => d.FindElements(By.CssSelector("#review-table tbody tr")).ToList() is { Count: > 0 } rows ? rows : null, "the queue");
        Assert.Contains("SrTiO3 → Sr2TiO4", queue[0].Text); // highest score first, unreviewed only
        Assert.DoesNotContain(queue, row => row.Text.Contains("confirmed"));

        queue[0].FindElement(By.TagName("a")).Click();
        Assert.Contains("unreviewed (revision 0)", browser.Text("flag-status").Text);
        Assert.Contains("calcined to give SrTiO3", browser.Driver.FindElement(By.Id("flag-result")).Text);

        browser.Driver.FindElement(By.CssSelector("input[name=decision][value=REVIEW_STATUS_FALSE_ALARM]")).Click();
        browser.Type("flag-note", "the paper reports SrTiO3");
        browser.Type("flag-reviewer", "A. Curator");
        browser.Type("flag-key", "not-the-key");
        browser.Driver.FindElement(By.CssSelector("#flag-form button[type=submit]")).Click();
        Assert.StartsWith("The curator API key was not accepted", browser.Text("flag-review-error").Text);

        browser.Type("flag-key", CurationQueueDouble.ApiKey);
        browser.Driver.FindElement(By.CssSelector("#flag-form button[type=submit]")).Click();
        browser.WaitFor(d => d.FindElement(By.Id("flag-status")).Text.StartsWith("false alarm"), "the saved decision");
        Assert.Empty(browser.Driver.FindElement(By.Id("flag-review-error")).Text);

        site.Open("flag/f0000000000000a1");
        Assert.Equal("false alarm (revision 1)", browser.Text("flag-status").Text);
        Assert.Contains("A. Curator", browser.Driver.FindElement(By.Id("flag-result")).Text);
        site.Open("review");
        browser.WaitFor(d => d.FindElements(By.CssSelector("#review-table tbody tr")).Count == 2, "the queue without the reviewed flag");
        Assert.Empty(browser.ScriptErrors());
    }
}
