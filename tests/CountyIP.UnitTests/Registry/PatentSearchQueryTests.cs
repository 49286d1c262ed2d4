using System.Globalization;
using System.Net;
using CountyIP.Modules.Registry.Data;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Modules.Registry.Domain.Search;
using CountyIP.Modules.Registry.UseCases;
using CsCheck;

namespace CountyIP.UnitTests.Registry;

/// <summary>The full-text search's tokenizer, query parser, index query strings and highlighting (issue 13 §1, §6).</summary>
public sealed class PatentSearchQueryTests
{

    private const string AsciiAlphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Common Han characters (CJK Unified Ideographs, U+4E00..U+9FA5), 2 to 30 of them.</summary>
    private static readonly Gen<string> CjkTexts = Gen.Char['\u4E00', '\u9FA5'].Array[2, 30].Select(c => new string(c));

    private static readonly Gen<string> LatinWords = Gen.Char[AsciiAlphanumerics].Array[1, 20].Select(c => new string(c));

    // ---- SearchTokenizer ----------------------------------------------------------------------------------------

    [Fact]
    public void Tokenize_CjkRun_GivesOverlappingPairs()
    {
        SearchTokenizer.Tokenize("锂电池").ShouldBe(["锂电", "电池"]);
        SearchTokenizer.Tokenize("一种锂离子电池").ShouldBe(["一种", "种锂", "锂离", "离子", "子电", "电池"]);
    }

    [Fact]
    public void Tokenize_LoneCjkCharacter_IsKept()
    {
        SearchTokenizer.Tokenize("锂").ShouldBe(["锂"]);
        SearchTokenizer.Tokenize("锂-ion").ShouldBe(["锂", "ion"]);
    }

    [Fact]
    public void Tokenize_LatinWordsAndNumbers_StayWholeAndLowerCase()
    {
        SearchTokenizer.Tokenize("LiFePO4 battery 2013").ShouldBe(["lifepo4", "battery", "2013"]);
    }

    [Fact]
    public void Tokenize_MixedText_SplitsAtScriptBoundary()
    {
        SearchTokenizer.Tokenize("5G基站锂电池").ShouldBe(["5g", "基站", "站锂", "锂电", "电池"]);
    }

    [Fact]
    public void Tokenize_FullWidthForms_AreFolded()
    {
        SearchTokenizer.Tokenize("ＡＢＣ１２").ShouldBe(["abc12"]);
        SearchTokenizer.Tokenize("ＬｉＦｅＰＯ４　电池").ShouldBe(["lifepo4", "电池"]);
    }

    [Fact]
    public void Tokenize_LatinDiacritics_AreRemoved()
    {
        SearchTokenizer.Tokenize("Café Müller Ångström").ShouldBe(["cafe", "muller", "angstrom"]);
    }

    [Fact]
    public void Tokenize_NullEmptyAndPunctuation_GiveNoTokens()
    {
        SearchTokenizer.Tokenize(null).ShouldBeEmpty();
        SearchTokenizer.Tokenize(string.Empty).ShouldBeEmpty();
        SearchTokenizer.Tokenize(" ,.;-()《》、。 ").ShouldBeEmpty();
    }

    [Fact]
    public void Tokenize_VeryLongWord_IsCutAtMaxWordLength()
    {
        SearchTokenizer.Tokenize(new string('a', 100) + " b2").ShouldBe([new string('a', SearchTokenizer.MaxWordLength), "b2"]);
    }

    /// <summary>Issue 13 §6 (1): every two-character substring of a title is found, as a phrase, in the title's tokens.</summary>
    [Fact]
    public void Tokenize_EveryTwoCharacterSubstringOfCjkText_IsContiguousInItsTokens()
    {
        CjkTexts.Sample(text =>
        {
            var tokens = SearchTokenizer.Tokenize(text);
            tokens.Count.ShouldBe(text.Length - 1);
            for (var i = 0; i + 2 <= text.Length; i++)
            {
                var part = SearchTokenizer.Tokenize(text.Substring(i, 2));
                part.ShouldBe([text.Substring(i, 2)]);
                IndexOfRun(tokens, part).ShouldBeGreaterThanOrEqualTo(0, $"{text} / {text.Substring(i, 2)}");
            }
        });
    }

    /// <summary>Any longer substring, typed as a quoted phrase, gives a phrase of tokens that is a run of the title's tokens.</summary>
    [Fact]
    public void Parse_QuotedSubstringOfCjkText_IsContiguousRunOfItsTokens()
    {
        var gen = from text in CjkTexts
                  from start in Gen.Int[0, text.Length - 2]
                  from length in Gen.Int[2, text.Length - start]
                  select (text, start, length);
        gen.Sample((text, start, length) =>
        {
            var (expression, error) = SearchQueryParser.Parse(string.Concat("\"", text.AsSpan(start, length), "\""));
            error.ShouldBeNull();
            var term = expression!.Groups.ShouldHaveSingleItem().ShouldHaveSingleItem();
            term.Tokens.Count.ShouldBe(length - 1);
            var tokens = SearchTokenizer.Tokenize(text);
            IndexOfRun(tokens, term.Tokens).ShouldBeInRange(0, start);
            tokens.Skip(start).Take(length - 1).ShouldBe(term.Tokens);
        });
    }

    /// <summary>Issue 13 §6 (2): Latin words and digit runs come out whole and lower-cased, whatever separates them.</summary>
    [Fact]
    public void Tokenize_RandomLatinWords_ComeOutWholeAndLowerCase()
    {
        var gen = from words in LatinWords.Array[1, 8]
                  from separator in Gen.OneOfConst(" ", ", ", "-", "/", "; ", " (", ") ", ".", "\t")
                  select (words, separator);
        gen.Sample((words, separator) =>
            SearchTokenizer.Tokenize(string.Join(separator, words)).ShouldBe([.. words.Select(w => w.ToLowerInvariant())]));
    }

    /// <summary>Issue 13 §6 (3): the full-width form of ASCII text (U+FF01..U+FF5E) gives the same tokens as the ASCII text.</summary>
    [Fact]
    public void Tokenize_FullWidthAlphanumerics_EqualAsciiTokens()
    {
        Gen.Char[AsciiAlphanumerics + " "].Array[1, 40].Select(c => new string(c)).Sample(ascii =>
            SearchTokenizer.Tokenize(FullWidth(ascii)).ShouldBe(SearchTokenizer.Tokenize(ascii)));
    }

    [Fact]
    public void Tokenize_FullWidthPrintableAscii_EqualsAsciiTokens()
    {
        Gen.Char['!', '~'].Array[1, 40].Select(c => new string(c)).Sample(ascii =>
            SearchTokenizer.Tokenize(FullWidth(ascii)).ShouldBe(SearchTokenizer.Tokenize(ascii)));
    }

    // ---- SearchQueryParser: errors --------------------------------------------------------------------------------

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("，。！")]
    [InlineData("OR")]
    public void Parse_NothingToSearch_IsEmpty(string? query)
    {
        ParseError(query).Kind.ShouldBe(SearchQueryErrorKind.Empty);
    }

    [Fact]
    public void Parse_MoreThanMaxLength_IsTooLong()
    {
        var error = ParseError(new string('电', SearchQueryParser.MaxLength + 1));

        error.Kind.ShouldBe(SearchQueryErrorKind.TooLong);
        error.Found.ShouldBe("200");
    }

    [Fact]
    public void Parse_ExactlyMaxLengthAfterTrimming_IsAccepted()
    {
        var (expression, error) = SearchQueryParser.Parse("  " + new string('电', SearchQueryParser.MaxLength) + "  ");

        error.ShouldBeNull();
        expression!.Terms.ShouldHaveSingleItem().Tokens.Count.ShouldBe(SearchQueryParser.MaxLength - 1);
    }

    [Fact]
    public void Parse_MoreThanMaxTerms_IsTooManyTerms()
    {
        SearchQueryParser.Parse(string.Join(' ', Enumerable.Repeat("电池", SearchQueryParser.MaxTerms))).Error.ShouldBeNull();

        var error = ParseError(string.Join(' ', Enumerable.Repeat("电池", SearchQueryParser.MaxTerms + 1)));

        error.Kind.ShouldBe(SearchQueryErrorKind.TooManyTerms);
        error.Found.ShouldBe("12");
    }

    [Fact]
    public void Parse_ExclusionsCountAsTerms()
    {
        var query = string.Join(' ', Enumerable.Repeat("电池", SearchQueryParser.MaxTerms)) + " -钠电";

        ParseError(query).Kind.ShouldBe(SearchQueryErrorKind.TooManyTerms);
    }

    [Theory]
    [InlineData("电", "电")]
    [InlineData("A", "A")]
    [InlineData("锂电池 7", "7")]
    [InlineData("ti:锂", "锂")]
    [InlineData("\"电\"", "电")]
    public void Parse_OneCharacterTerm_IsTermTooShort(string query, string found)
    {
        var error = ParseError(query);

        error.Kind.ShouldBe(SearchQueryErrorKind.TermTooShort);
        error.Found.ShouldBe(found);
    }

    [Theory]
    [InlineData("\"锂电池")]
    [InlineData("锂电池\"")]
    [InlineData("“锂电池")]
    [InlineData("\"锂电池\" \"正极")]
    public void Parse_OddNumberOfQuotes_IsUnbalancedQuote(string query)
    {
        ParseError(query).Kind.ShouldBe(SearchQueryErrorKind.UnbalancedQuote);
    }

    [Fact]
    public void Parse_UnknownPrefix_IsUnknownField()
    {
        var error = ParseError("zz:电池");

        error.Kind.ShouldBe(SearchQueryErrorKind.UnknownField);
        error.Found.ShouldBe("zz:");
    }

    [Theory]
    [InlineData("ipc:Z99", "Z99")]
    [InlineData("ipc:H0", "H0")]
    [InlineData("ipc:H01M10/", "H01M10/")]
    [InlineData("ipc:电池", "电池")]
    public void Parse_MalformedIpcPrefix_IsInvalidIpc(string query, string found)
    {
        var error = ParseError(query);

        error.Kind.ShouldBe(SearchQueryErrorKind.InvalidIpc);
        error.Found.ShouldBe(found);
    }

    [Theory]
    [InlineData("-电池")]
    [InlineData("-电池 -钠离子")]
    [InlineData("-ti:电池")]
    public void Parse_OnlyExclusions_IsOnlyExclusions(string query)
    {
        ParseError(query).Kind.ShouldBe(SearchQueryErrorKind.OnlyExclusions);
    }

    /// <summary>A quote inside a word followed by a term that opens a quote: the count is even but the last quote never closes.</summary>
    [Theory]
    [InlineData("a\"b \"c")]
    [InlineData("12\"屏幕 \"显示")]
    public void Parse_QuoteOpenedAfterAQuoteInsideAWord_DoesNotThrow(string query)
    {
        var (expression, error) = Should.NotThrow(() => SearchQueryParser.Parse(query));

        if (error is not null)
        {
            error.Kind.ShouldBe(SearchQueryErrorKind.UnbalancedQuote);
        }
        else
        {
            expression.ShouldNotBeNull();
        }
    }

    /// <summary>Whatever is typed, the parser answers with an expression or an error, and both index queries can be built from the expression.</summary>
    [Fact]
    public void Parse_AnyInput_GivesExpressionOrError()
    {
        Gen.Char["ab电池锂H01M/ -:\"“”OR tiipc.5"].Array[0, 40].Select(c => new string(c)).Sample(query =>
        {
            var (expression, error) = SearchQueryParser.Parse(query);
            (expression is null).ShouldNotBe(error is null, query);
            if (expression is not null)
            {
                PatentSearchIndex.Fts5Match(expression).ShouldNotBeNullOrWhiteSpace();
                PatentSearchIndex.TsQuery(expression).ShouldNotBeNullOrWhiteSpace();
            }
        });
    }

    // ---- SearchQueryParser: terms ---------------------------------------------------------------------------------

    [Fact]
    public void Parse_Words_AreAndedGroups()
    {
        var expression = Parse("锂电池 正极");

        expression.Groups.Count.ShouldBe(2);
        expression.Groups[0].ShouldHaveSingleItem().Tokens.ShouldBe(["锂电", "电池"]);
        expression.Groups[1].ShouldHaveSingleItem().Tokens.ShouldBe(["正极"]);
        expression.Excluded.ShouldBeEmpty();
        expression.Terms.ShouldAllBe(t => t.Field == null && !t.Prefix);
    }

    [Fact]
    public void Parse_QuotedPhrase_IsOneTerm()
    {
        var ascii = Parse("\"LiFePO4 battery\"");
        var chinese = Parse("“磷酸铁锂 电池”");

        ascii.Terms.ShouldHaveSingleItem().Tokens.ShouldBe(["lifepo4", "battery"]);
        chinese.Terms.ShouldHaveSingleItem().Tokens.ShouldBe(["磷酸", "酸铁", "铁锂", "电池"]);
    }

    [Fact]
    public void Parse_Or_JoinsNeighboursIntoOneGroup()
    {
        var expression = Parse("锂电池 OR 钠电池 正极");

        expression.Groups.Count.ShouldBe(2);
        expression.Groups[0].Select(t => t.Text).ShouldBe(["锂电池", "钠电池"]);
        expression.Groups[1].ShouldHaveSingleItem().Text.ShouldBe("正极");
    }

    [Fact]
    public void Parse_LowerCaseOr_IsAWord()
    {
        var expression = Parse("锂电池 or 钠电池");

        expression.Groups.Count.ShouldBe(3);
        expression.Groups[1].ShouldHaveSingleItem().Tokens.ShouldBe(["or"]);
    }

    [Fact]
    public void Parse_Minus_ExcludesTerm()
    {
        var expression = Parse("锂电池 -钠离子 -ti:\"铅 酸\"");

        expression.Groups.ShouldHaveSingleItem().ShouldHaveSingleItem().Tokens.ShouldBe(["锂电", "电池"]);
        expression.Excluded.Count.ShouldBe(2);
        expression.Excluded[0].Tokens.ShouldBe(["钠离", "离子"]);
        expression.Excluded[0].Field.ShouldBeNull();
        expression.Excluded[1].Tokens.ShouldBe(["铅", "酸"]);
        expression.Excluded[1].Field.ShouldBe(SearchField.Title);
    }

    [Fact]
    public void Parse_MinusInsideAWordOrAlone_IsNotAnExclusion()
    {
        var expression = Parse("锂-ion - 电池");

        expression.Excluded.ShouldBeEmpty();
        expression.Groups.Count.ShouldBe(2);
        expression.Groups[0].ShouldHaveSingleItem().Tokens.ShouldBe(["锂", "ion"]);
        expression.Groups[1].ShouldHaveSingleItem().Tokens.ShouldBe(["电池"]);
    }

    [Theory]
    [InlineData("ti:锂电池", SearchField.Title)]
    [InlineData("ab:锂电池", SearchField.Abstract)]
    [InlineData("pa:锂电池", SearchField.Applicant)]
    [InlineData("in:锂电池", SearchField.Inventor)]
    [InlineData("ag:锂电池", SearchField.Agency)]
    [InlineData("no:锂电池", SearchField.Number)]
    [InlineData("TI:锂电池", SearchField.Title)]
    [InlineData("ti:\"锂电池\"", SearchField.Title)]
    public void Parse_FieldPrefix_LimitsTermToField(string query, SearchField field)
    {
        var term = Parse(query).Terms.ShouldHaveSingleItem();

        term.Field.ShouldBe(field);
        term.Tokens.ShouldBe(["锂电", "电池"]);
        term.Prefix.ShouldBeFalse();
    }

    [Theory]
    [InlineData("ipc:H", "h")]
    [InlineData("ipc:H01", "h01")]
    [InlineData("ipc:H01M", "h01m")]
    [InlineData("ipc:H01M10", "h01m0010")]
    [InlineData("ipc:H01M10/05", "h01m001005")]
    [InlineData("ipc:h01m10/05", "h01m001005")]
    [InlineData("ipc:\"H01M 10/0525\"", "h01m00100525")]
    [InlineData("ipc:H01M0010", "h01m0010")]
    [InlineData("ipc:Ｈ０１Ｍ", "h01m")]
    public void Parse_IpcPrefix_GivesPrefixCode(string query, string code)
    {
        var term = Parse(query).Terms.ShouldHaveSingleItem();

        term.Field.ShouldBe(SearchField.Ipc);
        term.Tokens.ShouldBe([code]);
        term.Prefix.ShouldBeTrue();
    }

    [Theory]
    [InlineData("H01M10/0525", "h01m00100525")]
    [InlineData("H01M10", "h01m0010")]
    [InlineData("H01M", "h01m")]
    public void Parse_BareIpcSymbol_IsReadAsIpc(string query, string code)
    {
        var term = Parse(query).Terms.ShouldHaveSingleItem();

        term.Field.ShouldBe(SearchField.Ipc);
        term.Prefix.ShouldBeTrue();
        term.Tokens.ShouldBe([code]);
    }

    [Fact]
    public void Parse_BareFullIpcSymbol_MatchesIndexedCode()
    {
        var indexed = PatentSearchDocument.IpcCode(IpcSymbol.Parse("H01M 10/0525").Value!);

        Parse("H01M10/0525").Terms.ShouldHaveSingleItem().Tokens.ShouldBe([indexed]);
    }

    [Theory]
    [InlineData("201310123456.2")]
    [InlineData("CN201310123456.2")]
    [InlineData("2013101234562")]
    [InlineData("no:201310123456.2")]
    public void Parse_ApplicationNumber_IsNumberTerm(string query)
    {
        // Check character of 201310123456: Σ digit·weight mod 11 = 2 (PatentApplicationNumber.CheckCharacter).
        PatentApplicationNumber.CheckCharacter("201310123456").ShouldBe('2');

        var term = Parse(query).Terms.ShouldHaveSingleItem();

        term.Field.ShouldBe(SearchField.Number);
        term.Tokens.ShouldBe(["201310123456", "2"]);
        term.Prefix.ShouldBeFalse();
    }

    [Fact]
    public void Parse_NumberWithWrongCheckCharacter_IsAnOrdinaryTerm()
    {
        var term = Parse("201310123456.3").Terms.ShouldHaveSingleItem();

        term.Field.ShouldBeNull();
        term.Tokens.ShouldBe(["201310123456", "3"]);
    }

    [Fact]
    public void Parse_Expression_DescribesItself()
    {
        Parse("ti:锂电池 OR ab:钠电池 -铅酸 ipc:H01M").ToString()
            .ShouldBe("(Title:\"锂电 电池\" OR Abstract:\"钠电 电池\") AND (Ipc:\"h01m\"*) NOT *:\"铅酸\"");
    }

    // ---- PatentSearchDocument.IpcCode -----------------------------------------------------------------------------

    [Theory]
    [InlineData("H01M 10/0525", "h01m00100525")]
    [InlineData("H01M10/0525(2010.01)", "h01m00100525")]
    [InlineData("H01M 4/58", "h01m000458")]
    [InlineData("A61K 36/00", "a61k003600")]
    [InlineData("G06F 1234/567890", "g06f1234567890")]
    public void IpcCode_PadsMainGroupToFourDigits(string symbol, string code)
    {
        PatentSearchDocument.IpcCode(IpcSymbol.Parse(symbol).Value!).ShouldBe(code);
    }

    /// <summary>Every broader symbol typed after <c>ipc:</c> is a prefix of the indexed code; another main group never is.</summary>
    [Fact]
    public void IpcPrefixQueries_ArePrefixesOfIndexedCode_AndOtherGroupsAreNot()
    {
        var gen = from section in Gen.Char["ABCDEFGH"]
                  from cls in Gen.Int[1, 99]
                  from subclass in Gen.Char['A', 'Z']
                  from grp in Gen.Int[1, 9999]
                  from subgroup in Gen.Char['0', '9'].Array[2, 6]
                  from other in Gen.Int[1, 9999]
                  select (Subclass: string.Create(CultureInfo.InvariantCulture, $"{section}{cls:D2}{subclass}"), Group: grp, Subgroup: new string(subgroup), Other: other);
        gen.Sample(s =>
        {
            var group = s.Group.ToString(CultureInfo.InvariantCulture);
            var code = PatentSearchDocument.IpcCode(IpcSymbol.Parse($"{s.Subclass} {group}/{s.Subgroup}").Value!);
            string[] prefixes =
            [
                s.Subclass[..1], s.Subclass[..3], s.Subclass, s.Subclass + group,
                .. Enumerable.Range(1, s.Subgroup.Length).Select(n => $"{s.Subclass}{group}/{s.Subgroup[..n]}"),
            ];
            foreach (var prefix in prefixes)
            {
                var term = Parse("ipc:" + prefix).Terms.ShouldHaveSingleItem();
                code.ShouldStartWith(term.Tokens.ShouldHaveSingleItem(), customMessage: $"{prefix} → {code}", caseSensitivity: Case.Sensitive);
            }

            Parse($"{s.Subclass}{group}/{s.Subgroup}").Terms.ShouldHaveSingleItem().Tokens.ShouldBe([code]);
            if (s.Other != s.Group)
            {
                var otherCode = Parse(string.Create(CultureInfo.InvariantCulture, $"ipc:{s.Subclass}{s.Other}")).Terms.Single().Tokens.Single();
                code.StartsWith(otherCode, StringComparison.Ordinal).ShouldBeFalse($"{otherCode} / {code}");
            }
        });
    }

    // ---- PatentSearchIndex --------------------------------------------------------------------------------------------

    [Fact]
    public void Fts5Match_UnprefixedPhrase_HasNoColumnFilter()
    {
        PatentSearchIndex.Fts5Match(Parse("锂电池")).ShouldBe("(\"锂电 电池\")");
    }

    [Fact]
    public void Fts5Match_OrPrefixAndNot_AreRendered()
    {
        var match = PatentSearchIndex.Fts5Match(Parse("ti:锂电池 OR ab:钠电池 -铅酸 ipc:H01M"));

        match.ShouldBe(
            "((title : \"锂电 电池\" OR abstract : \"钠电 电池\") AND (ipc : \"h01m\" *)) "
            + "NOT (\"铅酸\")");
    }

    [Fact]
    public void Fts5Match_NumberAndFields_UseTheirColumns()
    {
        PatentSearchIndex.Fts5Match(Parse("201310123456.2 pa:华为 in:张三 ag:专利代理"))
            .ShouldBe("(numbers : \"201310123456 2\") AND (applicants : \"华为\") AND (inventors : \"张三\") AND (agency : \"专利 利代 代理\")");
    }

    [Fact]
    public void TsQuery_UnprefixedPhrase_IsSearchedInEveryTaggedField()
    {
        PatentSearchIndex.TsQuery(Parse("锂电池")).ShouldBe(
            "((('t|锂电' <-> 't|电池') | ('a|锂电' <-> 'a|电池') | ('p|锂电' <-> 'p|电池') | ('i|锂电' <-> 'i|电池') | ('g|锂电' <-> 'g|电池') | ('c|锂电' <-> 'c|电池') | ('n|锂电' <-> 'n|电池')))");
    }

    [Fact]
    public void TsQuery_OrPrefixAndNot_AreRendered()
    {
        var query = PatentSearchIndex.TsQuery(Parse("ti:锂电池 OR ab:钠电池 -铅酸 ipc:H01M"));

        query.ShouldBe(
            "(((('t|锂电' <-> 't|电池')) | (('a|钠电' <-> 'a|电池'))) & ((('c|h01m':*)))) "
            + "& !((('t|铅酸') | ('a|铅酸') | ('p|铅酸') | ('i|铅酸') | ('g|铅酸') | ('c|铅酸') | ('n|铅酸')))");
    }

    [Fact]
    public void TsVector_TagsEachFieldsTokensWithPositionAndWeight()
    {
        var document = new PatentSearchDocument("锂电 电池", "正极", "华为", "张三", "代理", "h01m00100525 h01m000458", "201310123456 2");

        PatentSearchIndex.TsVector(document).ShouldBe(
            "'t|锂电':1A 't|电池':2A 'a|正极':1C 'p|华为':1B 'i|张三':1C 'g|代理':1D "
            + "'c|h01m00100525':1D 'c|h01m000458':2D 'n|201310123456':1B 'n|2':2B ");
    }

    [Fact]
    public void TsVector_EmptyDocument_IsEmpty()
    {
        PatentSearchIndex.TsVector(new PatentSearchDocument("", "", "", "", "", "", "")).ShouldBeEmpty();
    }

    // ---- SearchMarker -------------------------------------------------------------------------------------------------

    [Fact]
    public void Mark_QueryWord_IsMarked()
    {
        Marker("锂电池").Mark("一种锂电池").ShouldBe("一种<mark>锂电池</mark>");
    }

    [Fact]
    public void Mark_HtmlInText_IsEncoded()
    {
        Marker("锂电池").Mark("<b>锂电池</b> & \"x\"").ShouldBe("&lt;b&gt;<mark>锂电池</mark>&lt;/b&gt; &amp; &quot;x&quot;");
    }

    [Fact]
    public void Mark_LatinWord_IsFoundIgnoringCase()
    {
        Marker("lifepo4").Mark("LiFePO4 battery").ShouldBe("<mark>LiFePO4</mark> battery");
    }

    [Fact]
    public void Mark_EveryOccurrenceAndEveryTerm_AreMarkedWithoutOverlap()
    {
        Marker("锂电池 OR 电池组 正极").Mark("锂电池组的正极，锂电池")
            .ShouldBe("<mark>锂电池</mark>组的<mark>正极</mark>，<mark>锂电池</mark>");
    }

    [Fact]
    public void Mark_IpcNumberAndExcludedTerms_AreNotMarked()
    {
        Marker("电池 H01M 201310123456.2 -正极").Mark("电池 H01M 201310123456.2 正极")
            .ShouldBe("<mark>电池</mark> H01M 201310123456.2 正极");
    }

    [Fact]
    public void Mark_NoMatch_IsEncodedText()
    {
        Marker("钠电池").Mark("a < b").ShouldBe("a &lt; b");
    }

    /// <summary>A phrase typed with a Latin word next to Chinese should be marked where it occurs as typed.</summary>
    [Fact]
    public void Mark_MixedLatinAndCjkPhrase_MarksEachScriptsPiece_WithOrWithoutASpaceBetween()
    {
        Marker("\"LiFePO4 电池\"").Mark("LiFePO4 电池").ShouldBe("<mark>LiFePO4</mark> <mark>电池</mark>");
        Marker("5G基站").Mark("一种5G基站").ShouldBe("一种<mark>5G</mark><mark>基站</mark>");
    }

    [Fact]
    public void Snippet_LongText_IsCutAroundFirstMatch()
    {
        var text = new string('甲', 100) + "锂电池" + new string('乙', 100);

        Marker("锂电池").Snippet(text).ShouldBe("…" + new string('甲', 20) + "<mark>锂电池</mark>" + new string('乙', 67) + "…");
    }

    /// <summary>Marking only adds tags: removing them and decoding gives the text back.</summary>
    [Fact]
    public void Mark_RemovingTagsAndDecoding_GivesTextBack()
    {
        var gen = from text in Gen.Char["锂电池组正极<>&\"' abAB"].Array[0, 40].Select(c => new string(c))
                  from query in Gen.OneOfConst("锂电池", "电池 OR ab", "正极 -ab", "\"ab 电池\"", "ab")
                  select (text, query);
        gen.Sample((text, query) =>
        {
            var marked = Marker(query).Mark(text);
            WebUtility.HtmlDecode(marked.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal))
                .ShouldBe(text);
        });
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static SearchExpression Parse(string query)
    {
        var (expression, error) = SearchQueryParser.Parse(query);
        error.ShouldBeNull($"{query}: {error}");
        return expression!;
    }

    private static SearchQueryError ParseError(string? query)
    {
        var (expression, error) = SearchQueryParser.Parse(query);
        expression.ShouldBeNull();
        return error.ShouldNotBeNull();
    }

    private static SearchMarker Marker(string query) => new(Parse(query));

    private static string FullWidth(string ascii) =>
        string.Concat(ascii.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c == ' ' ? '\u3000' : c));

    /// <summary>Where <paramref name="run"/> starts as a contiguous run inside <paramref name="tokens"/>, or -1.</summary>
    private static int IndexOfRun(List<string> tokens, IReadOnlyList<string> run)
    {
        for (var i = 0; i + run.Count <= tokens.Count; i++)
        {
            if (Enumerable.Range(0, run.Count).All(j => string.Equals(tokens[i + j], run[j], StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }
}
