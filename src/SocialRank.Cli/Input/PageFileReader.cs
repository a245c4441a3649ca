namespace SocialRank.Cli.Input;

/// <summary>
/// Turns the pages file (and the optional regions file) into checked <see cref="InputPage"/>s: every problem is
/// reported with file, line, column and value.
/// </summary>
internal static class PageFileReader
{
    /// <summary>The characters a text cell may not start with: spreadsheets run such a cell as a formula.</summary>
    internal static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Reads the pages of <paramref name="table"/> into a list.</summary>
    /// <exception cref="InputException">Any problem, with its place.</exception>
    internal static IReadOnlyList<InputPage> Read(ITable table, IEnumerable<PageField> required, bool needsPopulation, RawTable? regions, ICollection<string> warnings)
    {
        var pages = new List<InputPage>();
        Read(table, required, needsPopulation, regions, warnings, pages.Add);
        return pages;
    }

    /// <summary>Reads the pages of <paramref name="table"/> in one pass, handing each checked page to <paramref name="add"/>.</summary>
    /// <param name="table">The pages file.</param>
    /// <param name="required">The count columns the rating method needs (besides id, always required).</param>
    /// <param name="needsPopulation">Whether the method needs each page's population.</param>
    /// <param name="regions">The regions file, or <see langword="null"/>.</param>
    /// <param name="warnings">Receives notes that do not stop the run (ignored columns).</param>
    /// <param name="add">Receives each page, in file order; after a problem, pages may still arrive but the call throws at the end.</param>
    /// <exception cref="InputException">Any problem, with its place.</exception>
    internal static void Read(ITable table, IEnumerable<PageField> required, bool needsPopulation, RawTable? regions, ICollection<string> warnings, Action<InputPage> add)
    {
        var requiredFields = new List<PageField> { PageField.Id };
        requiredFields.AddRange(required);
        ColumnMap<PageField> map = ColumnMap<PageField>.Build(table, ColumnAliases.Pages, requiredFields);
        if (map.Unknown.Count > 0)
        {
            warnings.Add($"{table.File}: ignored columns: {string.Join(", ", map.Unknown)}.");
        }

        Dictionary<string, InputRegion>? regionsById = regions is null ? null : ReadRegions(regions);
        if (regions is not null && !map.Has(PageField.Region))
        {
            throw new InputException(InputErrors.RegionsNeedRegionColumn(table.File, regions.File, ColumnAliases.Pages.First(s => s.Field == PageField.Region).Aliases));
        }

        if (needsPopulation && !map.Has(PageField.Population) && regionsById is null)
        {
            throw new InputException(InputErrors.PopulationNeedsRegion(table.File));
        }

        var errors = new ErrorList();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int rows = 0;
        foreach (RawRow row in table.Rows)
        {
            rows++;
            if (row.Problem is { } problem)
            {
                errors.Add(problem);
                continue;
            }

            var reader = new RowReader(table, row, errors);
            string? id = reader.Text(map, PageField.Id);
            if (id is null)
            {
                errors.Add(InputErrors.EmptyId(reader.At(map, PageField.Id)));
                continue;
            }

            if (!ids.TryAdd(id, row.Line))
            {
                errors.Add(InputErrors.DuplicateId(reader.At(map, PageField.Id), id, ids[id], table.IsSheet));
                continue;
            }

            var page = new InputPage(id, row.Line)
            {
                Name = reader.Text(map, PageField.Name),
                NameRu = reader.Text(map, PageField.NameRu),
                Network = reader.Text(map, PageField.Network),
                Region = reader.Text(map, PageField.Region),
                Followers = reader.Count(map, PageField.Followers),
                Posts = reader.Count(map, PageField.Posts),
                Likes = reader.Count(map, PageField.Likes),
                Comments = reader.Count(map, PageField.Comments),
                Shares = reader.Count(map, PageField.Shares),
                Saves = reader.Count(map, PageField.Saves),
                Views = reader.Count(map, PageField.Views),
                Reach = reader.Count(map, PageField.Reach),
                EngagedUsers = reader.Count(map, PageField.EngagedUsers),
                Population = reader.Count(map, PageField.Population),
            };

            bool eligible = reader.Boolean(map, PageField.Eligible) ?? true;
            string? reason = reader.Text(map, PageField.ExclusionReason);
            if (!eligible || (!map.Has(PageField.Eligible) && reason is not null))
            {
                page = page with { ExclusionReason = reason ?? "Marked not eligible in the input" };
            }

            if (page.Population is null && regionsById is not null && page.Region is { } region)
            {
                if (regionsById.TryGetValue(region, out InputRegion? found))
                {
                    page = page with { Population = found.Population };
                }
                else
                {
                    errors.Add(InputErrors.UnknownRegion(reader.At(map, PageField.Region), region, regions!.File));
                }
            }

            if (errors.Count == 0)
            {
                add(page);
            }
        }

        if (rows == 0)
        {
            throw new InputException(InputErrors.NoRows(table.File));
        }

        errors.ThrowIfAny();
    }

    /// <summary>Reads the regions file into a dictionary by region id.</summary>
    internal static Dictionary<string, InputRegion> ReadRegions(RawTable table)
    {
        ColumnMap<RegionField> map = ColumnMap<RegionField>.Build(table, ColumnAliases.Regions, [RegionField.Id, RegionField.Population]);
        var errors = new ErrorList();
        var regions = new Dictionary<string, InputRegion>(StringComparer.Ordinal);
        foreach (RawRow row in table.Rows)
        {
            var reader = new RowReader(table, row, errors);
            string? id = reader.Text(map, RegionField.Id);
            if (id is null)
            {
                errors.Add(InputErrors.EmptyId(reader.At(map, RegionField.Id)));
                continue;
            }

            var region = new InputRegion(id, reader.Text(map, RegionField.Name), reader.Text(map, RegionField.NameRu), reader.Count(map, RegionField.Population), row.Line);
            if (!regions.TryAdd(id, region))
            {
                errors.Add(InputErrors.DuplicateId(reader.At(map, RegionField.Id), id, regions[id].Line, table.IsSheet));
            }
        }

        errors.ThrowIfAny();
        return regions;
    }

    /// <summary>Reads the cells of one row, adding problems to the error list.</summary>
    private readonly ref struct RowReader(ITable table, RawRow row, ErrorList errors)
    {
        public CellLocation At<TField>(ColumnMap<TField> map, TField field)
            where TField : struct, Enum
            => new(table.File, row.Line, table.Headers[map.IndexOf(field)], table.IsSheet);

        /// <summary>Returns the trimmed text of a cell, or <see langword="null"/> when the column is absent or the cell empty.</summary>
        public string? Text<TField>(ColumnMap<TField> map, TField field)
            where TField : struct, Enum
        {
            int i = map.IndexOf(field);
            if (i < 0)
            {
                return null;
            }

            string text = row.Cells[i].Trim();
            if (text.Length == 0)
            {
                return null;
            }

            if (Array.IndexOf(FormulaStarts, row.Cells[i][0]) >= 0 || Array.IndexOf(FormulaStarts, text[0]) >= 0)
            {
                errors.Add(InputErrors.Formula(At(map, field), text));
            }

            return text;
        }

        /// <summary>Returns a count, or <see langword="null"/> when missing; reports text and negative numbers.</summary>
        public double? Count<TField>(ColumnMap<TField> map, TField field)
            where TField : struct, Enum
        {
            int i = map.IndexOf(field);
            if (i < 0)
            {
                return null;
            }

            string text = row.Cells[i].Trim();
            double value;
            if (row.Numbers?[i] is double number)
            {
                value = number;
            }
            else if (text.Length == 0)
            {
                return null;
            }
            else if (!NumberParser.TryParse(text, isCount: true, out value))
            {
                errors.Add(InputErrors.NotANumber(At(map, field), text));
                return null;
            }

            if (value < 0)
            {
                errors.Add(InputErrors.Negative(At(map, field), text));
                return null;
            }

            return value + 0.0;
        }

        /// <summary>Returns a yes/no cell, or <see langword="null"/> when missing.</summary>
        public bool? Boolean<TField>(ColumnMap<TField> map, TField field)
            where TField : struct, Enum
        {
            int i = map.IndexOf(field);
            if (i < 0)
            {
                return null;
            }

            string text = row.Cells[i].Trim();
            switch (text.ToLowerInvariant())
            {
                case "":
                    return null;
                case "true" or "yes" or "y" or "1" or "да" or "истина":
                    return true;
                case "false" or "no" or "n" or "0" or "нет" or "ложь":
                    return false;
                default:
                    errors.Add(InputErrors.NotABoolean(At(map, field), text));
                    return null;
            }
        }
    }
}
