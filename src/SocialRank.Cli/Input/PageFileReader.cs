using SocialRank.Pages;

namespace SocialRank.Cli.Input;

/// <summary>
/// Turns the pages file (and the optional regions file) into checked <see cref="PageStats"/> pages: every problem is
/// reported with file, line, column and value. The number columns are the page fields of <see cref="PageFields"/>.
/// </summary>
internal static class PageFileReader
{
    /// <summary>Receives one checked page's fields: id, display name, network, region, exclusion reason, values by <see cref="PageField.Index"/> (<see langword="null"/> unknown) and line.</summary>
    internal delegate void PageFieldsSink(string id, string name, string? network, string? region, string? exclusionReason, ReadOnlySpan<double?> values, int line);

    /// <summary>Reads the pages of <paramref name="table"/> into a list.</summary>
    /// <exception cref="InputException">Any problem, with its place.</exception>
    internal static IReadOnlyList<PageRow> Read(ITable table, IEnumerable<PageField> required, bool needsPopulation, RawTable? regions, string language, ICollection<string> warnings)
    {
        var pages = new List<PageRow>();
        Read(table, required, needsPopulation, regions, language, warnings, pages.Add);
        return pages;
    }

    /// <summary>Reads the pages of <paramref name="table"/> in one pass, handing each checked page to <paramref name="add"/>.</summary>
    /// <param name="table">The pages file.</param>
    /// <param name="required">The page fields the rating method needs columns for (besides id, always required).</param>
    /// <param name="needsPopulation">Whether the method needs each page's population.</param>
    /// <param name="regions">The regions file, or <see langword="null"/>.</param>
    /// <param name="language">Names each page: with "ru", its <c>name_ru</c> when it has one.</param>
    /// <param name="warnings">Receives notes that do not stop the run (ignored columns).</param>
    /// <param name="add">Receives each page, in file order; after a problem, pages may still arrive but the call throws at the end.</param>
    /// <exception cref="InputException">Any problem, with its place.</exception>
    internal static void Read(ITable table, IEnumerable<PageField> required, bool needsPopulation, RawTable? regions, string language, ICollection<string> warnings, Action<PageRow> add)
        => Read(table, required, needsPopulation, regions, language, warnings, (id, name, network, region, exclusion, values, line) =>
        {
            var page = new PageStats(id) { Name = name, Network = network, Owner = region, ExclusionReason = exclusion };
            add(new PageRow(PageFields.With(page, values), line));
        });

    /// <summary>Reads the pages of <paramref name="table"/> in one pass, handing each checked page's fields to <paramref name="add"/> (see <see cref="PageFields"/>).</summary>
    /// <param name="table">The pages file.</param>
    /// <param name="required">The page fields the rating method needs columns for (besides id, always required).</param>
    /// <param name="needsPopulation">Whether the method needs each page's population.</param>
    /// <param name="regions">The regions file, or <see langword="null"/>.</param>
    /// <param name="language">Names each page: with "ru", its <c>name_ru</c> when it has one.</param>
    /// <param name="warnings">Receives notes that do not stop the run (ignored columns).</param>
    /// <param name="add">Receives each page's fields, in file order: its id, display name, network, region (the owner), exclusion reason, the values by <see cref="PageField.Index"/> and its line.</param>
    /// <exception cref="InputException">Any problem, with its place.</exception>
    internal static void Read(ITable table, IEnumerable<PageField> required, bool needsPopulation, RawTable? regions, string language, ICollection<string> warnings, PageFieldsSink add)
    {
        var requiredColumns = new List<Column> { ColumnAliases.Id };
        requiredColumns.AddRange(required.Select(ColumnAliases.For));
        ColumnMap map = ColumnMap.Build(table, ColumnAliases.Pages, requiredColumns);
        if (map.Unknown.Count > 0)
        {
            warnings.Add($"{table.File}: ignored columns: {string.Join(", ", map.Unknown)}.");
        }

        Dictionary<string, InputRegion>? regionsById = regions is null ? null : ReadRegions(regions, warnings);
        if (regions is not null && !map.Has(ColumnAliases.Region))
        {
            throw new InputException(InputErrors.RegionsNeedRegionColumn(table.File, regions.File, ColumnAliases.Region.Headers));
        }

        Column population = ColumnAliases.For(PageFields.Population);
        if (needsPopulation && !map.Has(population) && regionsById is null)
        {
            throw new InputException(InputErrors.PopulationNeedsRegion(table.File));
        }

        // The page fields the file has a column for, read from every row into one reused buffer.
        Column[] fieldColumns = [.. PageFields.All.Select(ColumnAliases.For).Where(map.Has)];
        var values = new double?[PageFields.All.Count];
        var errors = new ErrorList();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeated = new RepeatedText();
        int rows = 0;
        foreach (RawRow row in table.Rows)
        {
            rows++;
            if (row.Problem is { } problem)
            {
                errors.Add(problem);
                continue;
            }

            var reader = new RowReader(table, row, errors, warnings);
            string? id = reader.Text(map, ColumnAliases.Id);
            if (id is null)
            {
                errors.Add(InputErrors.EmptyId(reader.At(map, ColumnAliases.Id)));
                continue;
            }

            if (!ids.TryAdd(id, row.Line))
            {
                errors.Add(InputErrors.DuplicateId(reader.At(map, ColumnAliases.Id), id, ids[id], table.IsSheet));
                continue;
            }

            string? name = reader.Text(map, ColumnAliases.Name);
            string? nameRu = reader.Text(map, ColumnAliases.NameRu);
            string? network = repeated.Shared(reader.Text(map, ColumnAliases.Network));
            string? region = repeated.Shared(reader.Text(map, ColumnAliases.Region));
            Array.Clear(values);
            foreach (Column column in fieldColumns)
            {
                values[column.Field!.Index] = reader.Count(map, column);
            }

            bool eligible = reader.Boolean(map, ColumnAliases.Eligible) ?? true;
            string? reason = reader.Text(map, ColumnAliases.ExclusionReason);
            string? exclusion = !eligible || (!map.Has(ColumnAliases.Eligible) && reason is not null)
                ? reason ?? "Marked not eligible in the input"
                : null;

            ref double? pagePopulation = ref values[PageFields.Population.Index];
            if (pagePopulation is null && regionsById is not null && region is not null)
            {
                if (regionsById.TryGetValue(region, out InputRegion? found))
                {
                    pagePopulation = found.Population;
                }
                else
                {
                    errors.Add(InputErrors.UnknownRegion(reader.At(map, ColumnAliases.Region), region, regions!.File));
                }
            }

            if (errors.Count == 0)
            {
                add(id, DisplayName(id, name, nameRu, language), network, region, exclusion, values, row.Line);
            }
        }

        if (rows == 0)
        {
            throw new InputException(InputErrors.NoRows(table.File));
        }

        errors.ThrowIfAny();
    }

    /// <summary>
    /// One string for each value of the columns that repeat (a page's network and region): a million pages of a few
    /// networks keep a few strings, not a million. Stops sharing once it holds <see cref="Most"/> values.
    /// </summary>
    private sealed class RepeatedText
    {
        private const int Most = 100_000;
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

        internal string? Shared(string? text)
        {
            if (text is null)
            {
                return null;
            }

            if (_values.TryGetValue(text, out string? shared))
            {
                return shared;
            }

            if (_values.Count < Most)
            {
                _values.Add(text, text);
            }

            return text;
        }
    }

    /// <summary>Returns the name to show in <paramref name="language"/>: the Russian name for "ru" when there is one, else the name, the Russian name or the id.</summary>
    internal static string DisplayName(string id, string? name, string? nameRu, string language)
        => language == "ru" && !string.IsNullOrWhiteSpace(nameRu) ? nameRu
            : !string.IsNullOrWhiteSpace(name) ? name
            : !string.IsNullOrWhiteSpace(nameRu) ? nameRu
            : id;

    /// <summary>Reads the regions file into a dictionary by region id.</summary>
    internal static Dictionary<string, InputRegion> ReadRegions(RawTable table, ICollection<string> warnings)
    {
        ColumnMap map = ColumnMap.Build(table, ColumnAliases.Regions, [ColumnAliases.RegionId, ColumnAliases.RegionPopulation]);
        var errors = new ErrorList();
        var regions = new Dictionary<string, InputRegion>(StringComparer.Ordinal);
        foreach (RawRow row in table.Rows)
        {
            var reader = new RowReader(table, row, errors, warnings);
            string? id = reader.Text(map, ColumnAliases.RegionId);
            if (id is null)
            {
                errors.Add(InputErrors.EmptyId(reader.At(map, ColumnAliases.RegionId)));
                continue;
            }

            var region = new InputRegion(id, reader.Text(map, ColumnAliases.RegionName), reader.Text(map, ColumnAliases.RegionNameRu), reader.Count(map, ColumnAliases.RegionPopulation), row.Line);
            if (!regions.TryAdd(id, region))
            {
                errors.Add(InputErrors.DuplicateId(reader.At(map, ColumnAliases.RegionId), id, regions[id].Line, table.IsSheet));
            }
        }

        errors.ThrowIfAny();
        return regions;
    }
}
