using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CountyIP.Platform.Web.Validation;

namespace CountyIP.UnitTests.Platform.Validation;

/// <summary>ADR 0018: the one checker formats the standard attributes' messages in the UI culture and names nested fields by path.</summary>
public sealed class InputValidationTests
{
    public sealed class Sample
    {
        [Required, MaxLength(5)]
        public string? Name { get; set; }

        [Range(1, 10)]
        public int Count { get; set; } = 1;

        [Required(ErrorMessage = "own message")]
        public string? Own { get; set; } = "x";

        public List<Item> Items { get; set; } = [];
    }

    public sealed class Item
    {
        [Required]
        public string? Title { get; set; }
    }

    [Fact]
    public void Validate_Chinese_StandardMessagesFromPlatformResources()
    {
        var errors = InCulture("zh-CN", () => InputValidation.Validate(new Sample { Name = "太长的名字啊啊", Count = 0 }));

        errors["Name"].ShouldBe(["姓名最多 5 个字符（或项）。"]);
        errors["Count"].ShouldBe(["Count应在 1 至 10 之间。"]);
    }

    /// <summary>A page's form standing for <see cref="Sample"/>: no limits of its own but its extra field's.</summary>
    [ValidatedAs(typeof(Sample))]
    public sealed class SampleForm
    {
        public string? Name { get; set; }

        [MaxLength(2)]
        public string? Extra { get; set; }
    }

    /// <summary>A blank row of a form: the input's lengths apply, its [Required] does not.</summary>
    [ValidatedAs(typeof(Item), BlankAllowed = true)]
    public sealed class BlankRow
    {
        public string? Title { get; set; }
    }

    [Fact]
    public void Validate_ValidatedAs_TakesTheInputsRules()
    {
        var errors = InCulture("en-US", () => InputValidation.Validate(new SampleForm { Name = null, Extra = "abc" }));

        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["Extra", "Name"]);
        InCulture("en-US", () => InputValidation.Validate(new SampleForm { Name = "toolong" }))["Name"].ShouldHaveSingleItem();
        InCulture("en-US", () => InputValidation.Validate(new BlankRow())).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_English_SameAttributesEnglishMessages()
    {
        var errors = InCulture("en-US", () => InputValidation.Validate(new Sample()));

        errors["Name"].ShouldBe(["Name is required."]);
        errors.ContainsKey("Count").ShouldBeFalse();
    }

    [Fact]
    public void Validate_OwnErrorMessage_Kept()
    {
        var errors = InCulture("zh-CN", () => InputValidation.Validate(new Sample { Name = "a", Own = null }));

        errors["Own"].ShouldBe(["own message"]);
    }

    [Fact]
    public void Validate_NestedItems_NamedByPath()
    {
        var errors = InCulture("en-US", () => InputValidation.Validate(new Sample { Name = "a", Items = [new Item { Title = "t" }, new Item()] }));

        errors.Keys.ShouldBe(["Items[1].Title"]);
    }

    [Fact]
    public void ToApi_CamelCasesEveryPartOfThePath()
    {
        var api = InputValidationFilter.ToApi(new Dictionary<string, string[]> { ["Items[1].Title"] = ["m"], ["CreditCode"] = ["m"] });

        api.Keys.ShouldBe(["items[1].title", "creditCode"], ignoreOrder: true);
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
