namespace SocialRank.Cli.Output;

/// <summary>The fixed words of the outputs, in English or Russian (<c>--lang</c>).</summary>
internal sealed record Labels(
    string Language,
    string Place,
    string Page,
    string Total,
    string Zone,
    string Excluded,
    string Method,
    string ChartTitle,
    string Zones,
    string Missing,
    string DecidedBy)
{
    internal static Labels English { get; } = new("en", "Place", "Page", "Total", "Zone", "Excluded", "Method", "Total penalty points (fewer is better)", "Zones", "missing", "Decided by");

    internal static Labels Russian { get; } = new("ru", "Место", "Страница", "Сумма мест", "Зона", "Исключены", "Методика", "Сумма штрафных баллов (меньше — лучше)", "Зоны", "нет данных", "Чем решено");

    internal static Labels For(string language) => language == "ru" ? Russian : English;
}
