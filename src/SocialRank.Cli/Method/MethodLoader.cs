using System.Text.Json;
using System.Text.RegularExpressions;
using SocialRank.Cli.Input;
using SocialRank.Indicators;
using SocialRank.Pages;
using SocialRank.Rating;
using SocialRank.Ranking;
using SocialRank.Zones;

namespace SocialRank.Cli.Method;

/// <summary>A rating method ready to run, with what it needs from the input.</summary>
/// <param name="Method">The library's rating method.</param>
/// <param name="Resolved">The method as a complete method file (every default filled in), for the JSON output.</param>
/// <param name="Title">The heading of the outputs.</param>
/// <param name="RequiredColumns">The page fields the indicators read, which the pages file must have columns for (the population aside: see <paramref name="NeedsPopulation"/>).</param>
/// <param name="NeedsPopulation">Whether an indicator reads the population.</param>
internal sealed record LoadedMethod(RatingMethod<PageStats> Method, MethodFile Resolved, string Title, IReadOnlyList<PageField> RequiredColumns, bool NeedsPopulation);

/// <summary>The options of <c>socialrank rate</c> that override the method file.</summary>
/// <param name="Ties">The <c>--ties</c> option, overriding both tie methods, or <see langword="null"/>.</param>
/// <param name="Rounding">The <c>--rounding</c> option, overriding the midpoint rule, or <see langword="null"/>.</param>
/// <param name="Exact">The <c>--exact</c> option: every indicator compares exactly, whatever its precision.</param>
internal sealed record MethodOverrides(string? Ties = null, string? Rounding = null, bool Exact = false)
{
    /// <summary>Gets no overrides: the method file as it is.</summary>
    internal static MethodOverrides None { get; } = new();
}

/// <summary>A built-in indicator a method file can name: the article's six.</summary>
/// <param name="Key">The key used in method files, e.g. <c>followers-percent-of-population</c>.</param>
/// <param name="NameRu">The Russian name used by the default method with <c>--lang ru</c>.</param>
/// <param name="Create">Creates the indicator, counting the given interaction kinds.</param>
internal sealed record BuiltinIndicator(string Key, string NameRu, Func<InteractionKinds, Indicator<PageStats>> Create);

/// <summary>
/// Reads method files and turns them into the library's <see cref="RatingMethod{TPage}"/> over <see cref="PageStats"/>;
/// builds the default method (the article's).
/// </summary>
internal static partial class MethodLoader
{
    /// <summary>The built-in indicators, in the article's order.</summary>
    internal static IReadOnlyList<BuiltinIndicator> Builtins { get; } =
    [
        new("followers", "подписчики", _ => ArticleIndicators.Followers),
        new("followers-percent-of-population", "подписчики, % населения", _ => ArticleIndicators.FollowersPercentOfPopulation),
        new("engaged-users", "вовлечённые пользователи", _ => ArticleIndicators.EngagedUsers),
        new("average-engagement-per-post", "средняя вовлечённость на пост", ArticleIndicators.AverageEngagementPerPostOf),
        new("engaged-users-percent-of-population", "вовлечённые, % населения", _ => ArticleIndicators.EngagedUsersPercentOfPopulation),
        new("er", "ER", ArticleIndicators.EngagementRateOf),
    ];

    /// <summary>The name in method files of the interactions: not a page field but their sum over the counted kinds.</summary>
    internal const string InteractionsField = "interactions";

    /// <summary>
    /// The fields a user's own indicator can read, by the name used in method files: every page field of
    /// <see cref="PageFields"/> by its key, then <see cref="InteractionsField"/>.
    /// </summary>
    internal static IReadOnlyDictionary<string, Func<InteractionKinds, PageValue<PageStats>>> Fields { get; } =
        PageFields.All
            .Select(f => KeyValuePair.Create<string, Func<InteractionKinds, PageValue<PageStats>>>(f.Key, _ => f.Value))
            .Append(KeyValuePair.Create<string, Func<InteractionKinds, PageValue<PageStats>>>(InteractionsField, PageStatsValues.Interactions))
            .ToDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The interaction kinds a method file can count, each with the page field it sums (named by the field's key).</summary>
    private static readonly (InteractionKinds Kind, PageField Field)[] Kinds =
    [
        .. new[] { InteractionKinds.Likes, InteractionKinds.Comments, InteractionKinds.Shares, InteractionKinds.Saves }
            .Select(kind => (kind, PageFields.InteractionsOf(kind).Single())),
    ];

    /// <summary>Returns the default method file: the article's six indicators, min ties, the article's final-place zones.</summary>
    internal static MethodFile Default(string language)
    {
        bool ru = language == "ru";

        // The article's final-place zones, from the library: one definition for the tool, the sample and the tests.
        PlaceBandZoneScheme finalTable = ArticleZones.FinalTable(ru ? ArticleZoneNames.Russian : ArticleZoneNames.English);
        return new MethodFile
        {
            Title = ru ? "Рейтинг страниц в социальных сетях" : "Social media rating",
            Interactions = ["likes", "comments", "shares", "saves"],
            IndicatorTies = "min",
            FinalTies = "min",
            Rounding = RoundingName(MidpointRounding.AwayFromZero),
            Indicators = Builtins.Select(b =>
            {
                Indicator<PageStats> indicator = b.Create(InteractionKinds.All);
                return new IndicatorEntry
                {
                    Builtin = b.Key,
                    Name = ru ? b.NameRu : indicator.Name,
                    Better = BetterName(indicator.Better),
                    Weight = 1,
                    Precision = PrecisionEntry.Of(indicator.Precision),
                    Missing = MissingName(indicator.Missing),
                };
            }).ToList(),
            TieBreakers = [],
            Zones =
            [
                new ZoneEntry
                {
                    Name = finalTable.Name,
                    Places = finalTable.Bands.Select(b => new PlaceBandEntry { Count = b.Count, Zone = b.Zone.Name, Colour = b.Zone.Color }).ToList(),
                },
            ],
        };
    }

    /// <summary>Reads a method file.</summary>
    /// <exception cref="InputException">The file does not exist or is not a valid method file.</exception>
    internal static MethodFile ReadFile(string path, string displayName)
    {
        if (!File.Exists(path))
        {
            throw new InputException(MethodErrors.NotFound(displayName));
        }

        string json = File.ReadAllText(path);
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new InputException(MethodErrors.Empty(displayName));
        }

        try
        {
            return JsonSerializer.Deserialize(json, MethodJsonContext.Default.MethodFile) ?? throw new InputException(MethodErrors.Empty(displayName));
        }
        catch (JsonException e)
        {
            throw new InputException(MethodErrors.NotJson(displayName, e.Message), e);
        }
    }

    /// <summary>Returns the method file as JSON.</summary>
    internal static string ToJson(MethodFile file)
        => JsonSerializer.Serialize(file, WriteContext.MethodFile);

    private static readonly MethodJsonContext WriteContext = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>
    /// Reads and loads the method of a command's <c>--method</c> option: the file at <paramref name="methodPath"/>, or the
    /// article's method (<see cref="Default"/>) when it is <see langword="null"/>, with <paramref name="overrides"/> (none by default).
    /// </summary>
    /// <exception cref="InputException">The file cannot be read or describes no valid method.</exception>
    internal static LoadedMethod Load(string? methodPath, string language, MethodOverrides? overrides = null)
    {
        MethodFile file = methodPath is not null ? ReadFile(methodPath, methodPath) : Default(language);
        return Load(file, methodPath ?? "default method", overrides ?? new MethodOverrides(), language);
    }

    /// <summary>Builds the library method that <paramref name="file"/> describes.</summary>
    /// <param name="file">The method file.</param>
    /// <param name="source">Its name for messages.</param>
    /// <param name="overrides">The options of <c>rate</c> that override the file (<c>--ties</c>, <c>--rounding</c>, <c>--exact</c>).</param>
    /// <param name="language">Chooses the default names of built-in indicators.</param>
    /// <exception cref="InputException">The file describes no valid method.</exception>
    internal static LoadedMethod Load(MethodFile file, string source, MethodOverrides overrides, string language)
    {
        var errors = new ErrorList();
        InteractionKinds kinds = ReadKinds(file.Interactions, source, errors);
        string? tiesOverride = overrides.Ties;
        TieMethod indicatorTies = ReadTies(tiesOverride ?? file.IndicatorTies, tiesOverride is null ? $"{source}: indicatorTies" : "--ties", errors);
        TieMethod finalTies = ReadTies(tiesOverride ?? file.FinalTies, tiesOverride is null ? $"{source}: finalTies" : "--ties", errors);
        MidpointRounding rounding = ReadRounding(overrides.Rounding ?? file.Rounding, overrides.Rounding is null ? $"{source}: rounding" : "--rounding", errors);

        RatingMethodBuilder<PageStats> builder = RatingMethod.ForPageStats().WithIndicatorTies(indicatorTies).WithFinalTies(finalTies).WithMidpointRounding(rounding);
        if (overrides.Exact)
        {
            builder.WithExactComparison();
        }

        var resolvedIndicators = new List<IndicatorEntry>();
        var keyToName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var required = new HashSet<PageField>();
        bool needsPopulation = false;
        List<IndicatorEntry> entries = file.Indicators ?? Default(language).Indicators!;
        for (int i = 0; i < entries.Count; i++)
        {
            Indicator<PageStats>? indicator = ReadIndicator(entries[i], i + 1, kinds, source, language, errors);
            if (indicator is null)
            {
                continue;
            }

            double weight = entries[i].Weight ?? 1;
            builder.Add(indicator, weight);
            if (entries[i].Builtin is { } key)
            {
                keyToName.TryAdd(key, indicator.Name);
            }

            foreach (PageValue<PageStats> leaf in indicator.Value.Leaves)
            {
                foreach (PageField field in FieldsOf(leaf.Name, kinds))
                {
                    // The population may come from the regions file instead of a column of the pages file.
                    if (field == PageFields.Population)
                    {
                        needsPopulation = true;
                    }
                    else
                    {
                        required.Add(field);
                    }
                }
            }

            resolvedIndicators.Add(new IndicatorEntry
            {
                Builtin = entries[i].Builtin,
                Name = indicator.Name,
                Value = entries[i].Value,
                Per = entries[i].Per,
                Percent = entries[i].Percent,
                Better = BetterName(indicator.Better),
                Weight = weight,
                Missing = MissingName(indicator.Missing),
            });
        }

        var indicatorNames = resolvedIndicators.Select(e => e.Name!).ToHashSet(StringComparer.Ordinal);
        var tieBreakers = (file.TieBreakers ?? []).Select(t => keyToName.GetValueOrDefault(t, t)).ToList();
        builder.WithTieBreakers([.. tieBreakers]);

        List<ZoneEntry> zoneEntries = file.Zones ?? (file.Indicators is null ? Default(language).Zones! : []);
        for (int i = 0; i < zoneEntries.Count; i++)
        {
            ZoneScheme? scheme = ReadZones(zoneEntries[i], i + 1, source, indicatorNames, keyToName, errors);
            if (scheme is not null)
            {
                builder.AddZones(scheme);
            }
        }

        errors.ThrowIfAny();
        RatingMethod<PageStats> method;
        try
        {
            method = builder.Build();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new InputException(MethodErrors.Invalid(source, e.Message), e);
        }

        // The precisions as the built method compares: after --exact and the rounding rule.
        for (int i = 0; i < resolvedIndicators.Count; i++)
        {
            resolvedIndicators[i].Precision = PrecisionEntry.Of(method.Indicators[i].Indicator.Precision);
        }

        var resolved = new MethodFile
        {
            Title = file.Title ?? Default(language).Title,
            Interactions = Kinds.Where(k => (kinds & k.Kind) != 0).Select(k => k.Field.Key).ToList(),
            IndicatorTies = TieName(indicatorTies),
            FinalTies = TieName(finalTies),
            Rounding = RoundingName(rounding),
            Indicators = resolvedIndicators,
            TieBreakers = tieBreakers,
            Zones = zoneEntries,
        };
        return new LoadedMethod(method, resolved, resolved.Title!, [.. required.OrderBy(f => f.Index)], needsPopulation);
    }

    private static Indicator<PageStats>? ReadIndicator(IndicatorEntry entry, int index, InteractionKinds kinds, string source, string language, ErrorList errors)
    {
        Indicator<PageStats> indicator;
        if (entry.Builtin is { } key)
        {
            if (entry.Value is not null)
            {
                errors.Add(MethodErrors.BuiltinAndValue(source, index));
                return null;
            }

            BuiltinIndicator? builtin = Builtins.FirstOrDefault(b => string.Equals(b.Key, key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(b.Create(kinds).Name, key, StringComparison.OrdinalIgnoreCase));
            if (builtin is null)
            {
                errors.Add(MethodErrors.UnknownBuiltin(source, index, key, Builtins.Select(b => b.Key)));
                return null;
            }

            indicator = builtin.Create(kinds);
            string name = entry.Name ?? (language == "ru" ? builtin.NameRu : indicator.Name);
            indicator = indicator with { Name = name };
        }
        else if (entry.Value is { } valueName)
        {
            if (entry.Name is null)
            {
                errors.Add(MethodErrors.NoName(source, index));
                return null;
            }

            PageValue<PageStats>? value = Field(valueName, kinds, source, index, errors);
            PageValue<PageStats>? per = entry.Per is { } perName ? Field(perName, kinds, source, index, errors) : null;
            if (value is null || (entry.Per is not null && per is null))
            {
                return null;
            }

            bool percent = entry.Percent ?? false;
            PageValue<PageStats> combined = per is null
                ? (percent ? value.Times(100) : value)
                : (percent ? value.PercentOf(per) : value.DividedBy(per));
            indicator = new Indicator<PageStats>(entry.Name, combined, Better.Higher);
        }
        else
        {
            errors.Add(MethodErrors.NoValue(source, index));
            return null;
        }

        try
        {
            if (entry.Better is { } better)
            {
                indicator = indicator with
                {
                    Better = better.ToLowerInvariant() switch
                    {
                        "higher" => Better.Higher,
                        "lower" => Better.Lower,
                        _ => throw new InputException(MethodErrors.UnknownBetter(source, index, better)),
                    },
                };
            }

            if (entry.Precision is { } precision)
            {
                indicator = indicator with
                {
                    Precision = precision.IsExact ? Precision.Exact
                        : precision.DecimalPlaces is int places ? Precision.Decimals(places)
                        : throw new InputException(MethodErrors.BadPrecision(source, index, precision.ToString())),
                };
            }

            if (entry.Missing is { } missing)
            {
                indicator = indicator with
                {
                    Missing = missing.ToLowerInvariant() switch
                    {
                        "rank-last" => MissingValueRule.RankLast,
                        "exclude" => MissingValueRule.Exclude,
                        "fail" => MissingValueRule.Fail,
                        _ => throw new InputException(MethodErrors.UnknownMissing(source, index, missing)),
                    },
                };
            }
        }
        catch (InputException e)
        {
            errors.Add(e.Messages[0]);
            return null;
        }
        catch (ArgumentException e)
        {
            errors.Add(MethodErrors.Invalid(source, $"indicator {index}: {e.Message}"));
            return null;
        }

        return indicator;
    }

    private static PageValue<PageStats>? Field(string name, InteractionKinds kinds, string source, int index, ErrorList errors)
    {
        string key = name.Trim().Replace(' ', '_');
        if (Fields.TryGetValue(key, out Func<InteractionKinds, PageValue<PageStats>>? create))
        {
            return create(kinds);
        }

        errors.Add(MethodErrors.UnknownField(source, index, name, Fields.Keys));
        return null;
    }

    private static ZoneScheme? ReadZones(ZoneEntry entry, int index, string source, HashSet<string> indicatorNames, Dictionary<string, string> keyToName, ErrorList errors)
    {
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            errors.Add(MethodErrors.ZoneNoName(source, index));
            return null;
        }

        bool places = entry.Places is not null;
        bool thresholds = entry.Thresholds is not null || entry.On is not null;
        if (places == thresholds || (thresholds && (entry.Thresholds is null || entry.On is null)))
        {
            errors.Add(MethodErrors.ZoneShape(source, index));
            return null;
        }

        try
        {
            if (places)
            {
                var bands = entry.Places!.Select(b => new PlaceBand(b.Count, ReadZone(b, index, source))).ToList();
                return new PlaceBandZoneScheme(entry.Name, bands, entry.Rest is null ? null : ReadZone(entry.Rest, index, source));
            }

            var valueBands = entry.Thresholds!.Select(t => ReadBand(t, index, source)).ToList();
            if (string.Equals(entry.On, "total", StringComparison.OrdinalIgnoreCase))
            {
                return ThresholdZoneScheme.OnTotal(entry.Name, valueBands);
            }

            string indicator = keyToName.GetValueOrDefault(entry.On!, entry.On!);
            if (!indicatorNames.Contains(indicator))
            {
                errors.Add(MethodErrors.ZoneUnknownIndicator(source, index, entry.On!));
                return null;
            }

            return ThresholdZoneScheme.OnIndicator(entry.Name, indicator, valueBands, entry.Missing is null ? null : ReadZone(entry.Missing, index, source));
        }
        catch (InputException e)
        {
            errors.Add(e.Messages[0]);
            return null;
        }
        catch (ArgumentException e)
        {
            errors.Add(MethodErrors.Invalid(source, $"zone scheme {index}: {e.Message}"));
            return null;
        }
    }

    private static Zone ReadZone(ZoneRef zone, int index, string source)
    {
        if (string.IsNullOrWhiteSpace(zone.Zone))
        {
            throw new InputException(MethodErrors.ZoneNeedsZone(source, index));
        }

        string colour = zone.Colour ?? "#9e9e9e";
        if (!ColourPattern().IsMatch(colour))
        {
            throw new InputException(MethodErrors.ZoneColour(source, index, zone.Colour));
        }

        return new Zone(zone.Zone, colour);
    }

    private static ValueBand ReadBand(ThresholdEntry band, int index, string source)
    {
        if ((band.AtLeast is not null && band.Above is not null) || (band.Below is not null && band.AtMost is not null))
        {
            throw new InputException(MethodErrors.Bounds(source, index));
        }

        ZoneBound? lower = band.AtLeast is double l ? new ZoneBound(l, true) : band.Above is double a ? new ZoneBound(a, false) : null;
        ZoneBound? upper = band.Below is double b ? new ZoneBound(b, false) : band.AtMost is double m ? new ZoneBound(m, true) : null;
        return new ValueBand(ReadZone(band, index, source), lower, upper);
    }

    private static InteractionKinds ReadKinds(List<string>? names, string source, ErrorList errors)
    {
        if (names is null)
        {
            return InteractionKinds.All;
        }

        if (names.Count == 0)
        {
            errors.Add(MethodErrors.NoInteractions(source));
            return InteractionKinds.All;
        }

        InteractionKinds kinds = InteractionKinds.None;
        foreach (string name in names)
        {
            int i = Array.FindIndex(Kinds, k => string.Equals(k.Field.Key, name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (i < 0)
            {
                errors.Add(MethodErrors.UnknownInteraction(source, name));
                continue;
            }

            kinds |= Kinds[i].Kind;
        }

        return kinds;
    }

    /// <summary>Returns the tie method named <paramref name="name"/> (min when <see langword="null"/>).</summary>
    internal static TieMethod ReadTies(string? name, string where, ErrorList errors)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case null or "min":
                return TieMethod.Min;
            case "average":
                return TieMethod.Average;
            case "max":
                return TieMethod.Max;
            case "dense":
                return TieMethod.Dense;
            case "ordinal" or "first":
                return TieMethod.Ordinal;
            default:
                errors.Add(MethodErrors.UnknownTies(where, name));
                return TieMethod.Min;
        }
    }

    /// <summary>Returns the midpoint rule named <paramref name="name"/> (half away from zero when <see langword="null"/>).</summary>
    internal static MidpointRounding ReadRounding(string? name, string where, ErrorList errors)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case null or "half-away-from-zero":
                return MidpointRounding.AwayFromZero;
            case "half-to-even":
                return MidpointRounding.ToEven;
            default:
                errors.Add(MethodErrors.UnknownRounding(where, name));
                return MidpointRounding.AwayFromZero;
        }
    }

    /// <summary>Returns the method-file name of a midpoint rule: <c>half-away-from-zero</c> or <c>half-to-even</c>.</summary>
    internal static string RoundingName(MidpointRounding rounding)
        => rounding == MidpointRounding.ToEven ? "half-to-even" : "half-away-from-zero";

    internal static string TieName(TieMethod ties) => ties.ToString().ToLowerInvariant();

    private static string BetterName(Better better) => better == Better.Lower ? "lower" : "higher";

    private static string MissingName(MissingValueRule rule) => rule switch
    {
        MissingValueRule.Exclude => "exclude",
        MissingValueRule.Fail => "fail",
        _ => "rank-last",
    };

    /// <summary>Returns the page fields a value named <paramref name="leaf"/> reads: the field of that name, or the counted kinds' fields for the interactions.</summary>
    private static IEnumerable<PageField> FieldsOf(string leaf, InteractionKinds kinds)
        => leaf == InteractionsField ? Kinds.Where(k => (kinds & k.Kind) != 0).Select(k => k.Field)
            : PageFields.All.Where(f => f.EnglishName == leaf);

    [GeneratedRegex("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex ColourPattern();
}
